import { describe, expect, it } from 'vitest';
import { cacheControlOf, switchOrder } from './release-target.ts';

// What a built site holds: assets named by their content, the search index's chunks and entry points, feeds,
// open data, documents and pages.
const site = [
  'bao-cao/2024-11/index.html',
  '_astro/site.B7x2k.css',
  'pagefind/pagefind-entry.json',
  'index.html',
  'pagefind/fragment/vi_3a9f.pf_fragment',
  'du-lieu/so-lieu.csv',
  'pagefind/pagefind.js',
  'files/bao-cao-thang-11-2024-so-05.pdf',
  'pagefind/index/vi_77c1.pf_index',
  'rss.xml',
  '404.html',
];

describe('the order a switch makes files visible in', () => {
  it('puts every page last and the search index’s entry points just before them', () => {
    const ordered = [...site].sort((a, b) => switchOrder(a) - switchOrder(b));
    const firstEntry = ordered.findIndex(
      (p) => p === 'pagefind/pagefind-entry.json' || p === 'pagefind/pagefind.js',
    );
    const firstPage = ordered.findIndex((p) => p.endsWith('.html'));
    // Nothing a page or an entry point names comes after it: chunks, assets, feeds and documents go first.
    expect(
      ordered.slice(0, firstEntry).every((p) => !p.endsWith('.html') && !/^pagefind\/pagefind/.test(p)),
    ).toBe(true);
    expect(ordered.slice(firstEntry, firstPage).sort()).toEqual([
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
    ]);
    expect(ordered.slice(firstPage).sort()).toEqual(['404.html', 'bao-cao/2024-11/index.html', 'index.html']);
  });

  it('caches what is named by its content for a year, pages a minute, and never the 404 page', () => {
    expect(cacheControlOf('_astro/site.B7x2k.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlOf('pagefind/index/vi_77c1.pf_index')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlOf('pagefind/pagefind-entry.json')).toBe('public, max-age=60');
    expect(cacheControlOf('bao-cao/2024-11/index.html')).toBe('public, max-age=60');
    expect(cacheControlOf('404.html')).toBe('no-cache');
  });
});
