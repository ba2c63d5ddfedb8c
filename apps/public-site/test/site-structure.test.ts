/** Every page has a title, a description and a language; every internal link and asset resolves. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { resolveSitePath } from './support/static-server.ts';
import { attributeValues, feedSections, listFiles, urlOf } from './support/site-files.ts';

const sites = { seed: inject('seedSite'), rich: inject('richSite') };

describe.each(Object.entries(sites))('the %s site', (_name, root) => {
  const pages = listFiles(root, '.html');
  const html = new Map(pages.map((file) => [urlOf(file), readFileSync(path.join(root, file), 'utf8')]));

  it('has the pages of every kind', () => {
    for (const url of [
      '/',
      '/bao-cao/',
      '/nhiem-vu/',
      '/san-giao-dich/',
      '/an-pham/',
      '/thanh-tra-kiem-tra/',
      '/so-lieu/',
      '/du-lieu-mo/',
      '/tim-kiem/',
      '/kha-nang-tiep-can/',
      '/en/about/',
      '/404.html',
    ])
      expect(html.has(url), url).toBe(true);
    for (const file of [
      'sitemap-index.xml',
      ...feedSections.map((feed) => `${feed}/rss.xml`),
      'du-lieu-mo/danh-muc.jsonld',
      'pagefind/pagefind.js',
    ])
      expect(existsSync(path.join(root, file)), file).toBe(true);
  });

  it('gives every page a title, a meta description and a language', () => {
    for (const [url, page] of html) {
      expect(page, url).toMatch(/^<!DOCTYPE html><html lang="(vi|en)"/i);
      const title = /<title>([^<]*)<\/title>/.exec(page)?.[1]?.trim();
      expect(title, `${url}: title`).toBeTruthy();
      const description = /<meta name="description" content="([^"]*)"/.exec(page)?.[1]?.trim();
      expect(description, `${url}: description`).toBeTruthy();
    }
    expect(html.get('/en/about/')).toMatch(/^<!DOCTYPE html><html lang="en"/i);
  });

  it('resolves every internal link and asset, including #fragments', () => {
    const broken: string[] = [];
    const idsOf = (url: string) => new Set(attributeValues(html.get(url) ?? '', 'id'));
    for (const [url, page] of html) {
      for (const ref of [...attributeValues(page, 'href'), ...attributeValues(page, 'src')]) {
        if (/^(https?:|mailto:|tel:|data:)/i.test(ref) || ref.startsWith('//')) continue;
        const target = new URL(ref, `http://site${url}`);
        const file = resolveSitePath(root, target.pathname);
        if (!file) {
          broken.push(`${url} -> ${ref}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(target.pathname).has(fragment))
          broken.push(`${url} -> ${ref} (không có #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists every page in the sitemap with the site URL', () => {
    const index = readFileSync(path.join(root, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const locs = maps.flatMap((loc) => {
      const file = path.join(root, new URL(loc).pathname);
      return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      );
    });
    for (const url of ['/', '/bao-cao/', '/nhiem-vu/']) expect(locs).toContain(url);
  });

  it('runs no script except on search and list pages', () => {
    for (const [url, page] of html) {
      // Structured data (application/ld+json) is data the browser never runs; every other script counts.
      const scripts = (page.match(/<script\b[^>]*>/g) ?? []).filter(
        (tag) => tag !== '<script type="application/ld+json">',
      );
      expect(
        page.match(/<script type="application\/ld\+json">/g) ?? [],
        `${url}: one JSON-LD block`,
      ).toHaveLength(1);
      const isList = /data-filter-index=/.test(page);
      if (url === '/tim-kiem/' || isList) expect(scripts.length, url).toBeLessThanOrEqual(1);
      else expect(scripts, url).toEqual([]);
      for (const tag of scripts) expect(tag, `${url}: no inline script`).toMatch(/\ssrc="\/_astro\//);
    }
  });
});
