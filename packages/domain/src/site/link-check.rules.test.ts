import { describe, expect, it } from 'vitest';
import {
  decodeHtmlEntities,
  extractInternalLinks,
  findBrokenLinks,
  resolveSitePath,
} from './link-check.rules.ts';

describe('link checking', () => {
  it('extracts internal links only', () => {
    const html =
      '<a href="/bao-cao/">x</a><a href="https://x.vn">y</a><img src="logo.svg"><a href="#main">z</a><a href="mailto:a@b.vn">m</a>';
    expect(extractInternalLinks(html)).toEqual(['/bao-cao/', 'logo.svg']);
  });
  it('resolves relative and absolute links', () => {
    expect(resolveSitePath('bao-cao/2024-11/index.html', '../')).toBe('bao-cao/index.html');
    expect(resolveSitePath('index.html', '/nhiem-vu/abc/')).toBe('nhiem-vu/abc/index.html');
    expect(resolveSitePath('a/b.html', 'c.css?v=1#x')).toBe('a/c.css');
    expect(resolveSitePath('index.html', '/')).toBe('index.html');
  });
  it('reports links to missing files', () => {
    const pages = new Map([
      ['index.html', '<a href="/bao-cao/">ok</a><a href="/missing/">bad</a><link href="/_astro/a.css">'],
      ['bao-cao/index.html', '<a href="/">home</a>'],
    ]);
    const files = new Set(['index.html', 'bao-cao/index.html', '_astro/a.css']);
    expect(findBrokenLinks(pages, files)).toEqual([
      { page: 'index.html', link: '/missing/', target: 'missing/index.html' },
    ]);
  });
  it('decodes entities', () => {
    expect(decodeHtmlEntities('KH&amp;CN &lt;b&gt; &#273;&#x1ea1;')).toBe('KH&CN <b> đạ');
  });
});
