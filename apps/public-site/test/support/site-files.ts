/** Reading a built site in tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveSitePath } from './static-server.ts';

/** The sections with an RSS feed (`<section>/rss.xml`): the reports and every public register but the tasks. */
export const feedSections = [
  'bao-cao',
  'san-giao-dich',
  'an-pham',
  'thanh-tra-kiem-tra',
  'cong-bo-hop-chuan-hop-quy',
] as const;

export function listFiles(dir: string, ext: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') out.push(...listFiles(full, ext, base));
    } else if (entry.name.endsWith(ext)) out.push(path.relative(base, full));
  }
  return out.sort();
}

/** URL path of a built HTML file: "nhiem-vu/x/index.html" -> "/nhiem-vu/x/". */
export function urlOf(file: string): string {
  const url = `/${file.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

export function readPage(root: string, urlPath: string): string {
  const file = resolveSitePath(root, urlPath);
  if (!file) throw new Error(`Không có trang ${urlPath} trong ${root}`);
  return readFileSync(file, 'utf8');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** The visible text of a page, white space collapsed (scripts and styles dropped). */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Values of the given attribute on every tag (entities decoded). */
export function attributeValues(html: string, attribute: 'href' | 'src' | 'id'): string[] {
  const re = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'g');
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
}
