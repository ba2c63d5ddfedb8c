/** Reads a .docx back for tests: its parts, and its paragraphs as text with their style. */
import { strFromU8, unzipSync } from 'fflate';

export type DocxParagraph = { style: string | null; text: string };

export type DocxContent = {
  parts: Record<string, string>;
  document: string;
  paragraphs: DocxParagraph[];
  /** All paragraph text of the body, one paragraph a line. */
  text: string;
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (xml: string) =>
  xml.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => entities[name]!);

/** Paragraphs of a WordprocessingML part (body, header), in document order, nested tables included. */
export function readParagraphs(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? null;
    let text = '';
    for (const piece of inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)) {
      text += piece[0] === '<w:tab/>' ? '\t' : decode(piece[1] ?? '');
    }
    paragraphs.push({ style, text });
  }
  return paragraphs;
}

export function readDocx(buffer: Uint8Array): DocxContent {
  const files = unzipSync(buffer);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(data);
  }
  const document = parts['word/document.xml'];
  if (!document) throw new Error('word/document.xml missing');
  const paragraphs = readParagraphs(document);
  return { parts, document, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}

/** NFC, one space for any run of white space: facts are compared as phrases, not as laid-out lines. */
export function normalizeWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
