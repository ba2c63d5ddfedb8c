/**
 * Internal link checking over a built static site, as pure functions: the caller reads the files, these
 * decide. Used by the publisher's build check and by the public site's tests.
 */

const attributePattern = /\s(?:href|src)\s*=\s*"([^"]*)"/gi;

/** Internal URLs referenced by a page (href/src), excluding external, mailto:, tel:, data: and fragments. */
export function extractInternalLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(attributePattern)) {
    const raw = decodeHtmlEntities(match[1]!.trim());
    if (raw === '' || raw.startsWith('#')) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
    links.push(raw);
  }
  return links;
}

/** Resolves a link found on `pagePath` (site-relative, e.g. `bao-cao/2024-11/index.html`) to a file path. */
export function resolveSitePath(pagePath: string, link: string): string {
  const clean = link.split('#')[0]!.split('?')[0]!;
  const baseDir = pagePath.includes('/') ? pagePath.slice(0, pagePath.lastIndexOf('/') + 1) : '';
  const joined = clean.startsWith('/') ? clean.slice(1) : baseDir + clean;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  let path = parts.map((p) => safeDecode(p)).join('/');
  if (clean.endsWith('/') || path === '') path = path ? `${path}/index.html` : 'index.html';
  return path;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export type BrokenLink = { page: string; link: string; target: string };

/**
 * Every internal link of every page must resolve to a file of the site (a directory link to its index.html,
 * an extension-less link to `<path>.html` or `<path>/index.html`).
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const link of new Set(extractInternalLinks(html))) {
      const target = resolveSitePath(page, link);
      const exists = files.has(target) || files.has(`${target}.html`) || files.has(`${target}/index.html`);
      if (!exists) broken.push({ page, link, target });
    }
  }
  return broken;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  nbsp: '\u00a0',
};

/** Decodes the entities an HTML serializer emits (named basics and numeric). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}
