import { inflateSync } from 'node:zlib';

export type PdfProblem = {
  code: 'NOT_PDF' | 'JAVASCRIPT' | 'LAUNCH' | 'EMBEDDED_FILE' | 'RICH_MEDIA';
  /** Vietnamese, for "Tệp PDF: …". */
  message: string;
  /** What was found, for the log. */
  detail: string;
};

/** PDF names (after #xx decoding) that make a document act rather than show, and what each one is. */
const activeNames: Record<string, Omit<PdfProblem, 'detail'>> = {
  JavaScript: {
    code: 'JAVASCRIPT',
    message: 'tệp chứa mã JavaScript; hãy lưu lại thành PDF không có mã (ví dụ: In → Lưu thành PDF)',
  },
  JS: {
    code: 'JAVASCRIPT',
    message: 'tệp chứa mã JavaScript; hãy lưu lại thành PDF không có mã (ví dụ: In → Lưu thành PDF)',
  },
  Launch: { code: 'LAUNCH', message: 'tệp chứa lệnh mở chương trình khác (/Launch), không được phép đăng' },
  EmbeddedFile: {
    code: 'EMBEDDED_FILE',
    message: 'tệp có tệp khác đính kèm bên trong, không được phép đăng',
  },
  EmbeddedFiles: {
    code: 'EMBEDDED_FILE',
    message: 'tệp có tệp khác đính kèm bên trong, không được phép đăng',
  },
  RichMedia: { code: 'RICH_MEDIA', message: 'tệp chứa nội dung đa phương tiện nhúng, không được phép đăng' },
};

/** Signatures of other formats that have no business between a PDF's objects (outside its streams). */
const otherFormats: Array<[(text: string) => boolean, string]> = [
  [(t) => t.includes('PK\u0003\u0004') || t.includes('PK\u0005\u0006'), 'ZIP'],
  [(t) => /<\s*(html|script|body|iframe|svg)\b|<!doctype/i.test(t), 'HTML'],
  [(t) => /<\?php/i.test(t), 'PHP'],
  [(t) => t.includes('\u007fELF') || t.includes('MZ\u0090\u0000'), 'executable'],
];

const notPdf = (detail: string): PdfProblem => ({
  code: 'NOT_PDF',
  message: 'tệp không phải là PDF hợp lệ (có dữ liệu của định dạng khác sau chữ ký %PDF-)',
  detail,
});

/** "/J#61vaScript" is "/JavaScript": a PDF name with its #xx escapes decoded. */
const decodeName = (name: string) =>
  name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

function findActiveName(text: string): PdfProblem | null {
  for (const match of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
    const name = decodeName(match[1]!);
    const found = activeNames[name];
    if (found) return { ...found, detail: `/${name}` };
  }
  return null;
}

type Stream = { dictionary: string; start: number; end: number };

/** The streams of the file: each one's dictionary (as text) and where its bytes are. */
function findStreams(text: string): Stream[] {
  const streams: Stream[] = [];
  const keyword = /(>>\s*)stream(\r\n|\n|\r)/g;
  for (;;) {
    const match = keyword.exec(text);
    if (match === null) break;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictStart = text.lastIndexOf(' obj', match.index);
    streams.push({
      dictionary: text.slice(Math.max(dictStart, match.index - 2048), match.index + 2),
      start,
      end,
    });
    keyword.lastIndex = end;
  }
  return streams;
}

const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/**
 * Why an uploaded file must not be published as a PDF, or null. A real PDF: the %PDF-1.x (or 2.0) header, the
 * %%EOF marker at its end, no other format's signature between its objects (a ZIP, HTML or a program behind the
 * PDF signature), and nothing that acts when the file is opened: JavaScript, /Launch, embedded files, rich
 * media, looked for in the objects and inside compressed object streams, with #xx escapes in names decoded.
 */
export function findPdfProblem(bytes: Uint8Array): PdfProblem | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^%PDF-(1\.[0-7]|2\.0)[\r\n%\s]/.test(text)) return notPdf('header');
  if (!/%%EOF[\s\0]*$/.test(text.slice(-2048))) return notPdf('no %%EOF at the end');

  const streams = findStreams(text);
  // Outside the streams (whose bytes are compressed data, fonts, images), a PDF is objects and cross-references.
  let outside = '';
  let from = 0;
  for (const s of streams) {
    outside += text.slice(from, s.start);
    from = s.end;
  }
  outside += text.slice(from);
  for (const [found, format] of otherFormats) {
    if (found(outside)) return notPdf(format);
  }
  const direct = findActiveName(outside);
  if (direct) return direct;

  // Objects may also sit compressed in object streams (PDF 1.5+): look inside those too.
  let inflated = 0;
  for (const s of streams) {
    const dictionary = decodeName(s.dictionary);
    if (!/\/Type\s*\/ObjStm/.test(dictionary) || !/\/FlateDecode/.test(dictionary)) continue;
    let objects: Buffer;
    try {
      objects = inflateSync(Buffer.from(bytes.subarray(s.start, s.end)), {
        maxOutputLength: MAX_INFLATED_BYTES - inflated,
      });
    } catch {
      return notPdf('an object stream that does not decompress');
    }
    inflated += objects.byteLength;
    const found = findActiveName(objects.toString('latin1'));
    if (found) return found;
  }
  return null;
}
