/** The one Vietnamese text folder: search keys, slugs and sorting all go through here. */

const combiningMarks = /[\u0300-\u036f]/g;

/**
 * Invisible formatting characters a title has no use for and a spoofer does: bidi embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069), the left-to-right and right-to-left marks, zero-width space, joiners
 * and word joiner (U+200B-U+200D, U+2060-U+2064) and the byte-order mark (U+FEFF).
 */
const invisibleFormatting = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * The form every stored text takes: NFC, without invisible formatting characters (so a title reads on the site,
 * in the CSV and in the .docx exactly as it is stored, and two titles that look the same are the same).
 */
export function normalizeText(text: string): string {
  return text.replace(invisibleFormatting, '').normalize('NFC');
}

/**
 * Folds Vietnamese text for search: NFD, strip combining marks, đ->d, Đ->D, lower case,
 * collapse white space. "Đường" -> "duong".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every folded word of `query` occurs in the folded `text`. */
export function matchesFolded(text: string, query: string): boolean {
  const haystack = foldText(text);
  return foldText(query)
    .split(' ')
    .filter((word) => word.length > 0)
    .every((word) => haystack.includes(word));
}

/** URL slug: folded, ASCII letters and digits joined by single hyphens, at most `maxLength` chars. */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-+[^-]*$/, '') || slug.slice(0, maxLength);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation order (a < ă < â, d < đ, ...). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnamese(key(x), key(y)));
}
