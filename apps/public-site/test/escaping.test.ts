/** A snapshot with script payloads in every text field builds a site where no script runs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { XSS_PAYLOAD } from './support/fixtures.ts';
import { feedSections, listFiles, urlOf } from './support/site-files.ts';
import { useSiteInBrowser } from './support/site-in-browser.ts';

const root = inject('xssSite');
const site = useSiteInBrowser(root);

/** The markup without attribute values (Astro double-quotes every value and escapes " inside it). */
const markupOf = (html: string) => html.replace(/="[^"]*"/g, '=""');

describe('escaping', () => {
  const pages = listFiles(root, '.html').map(urlOf);

  it('carries the payload as text on the pages (the test really injects it)', () => {
    const report = readFileSync(path.join(root, 'bao-cao/2024-11/index.html'), 'utf8');
    expect(report).toContain('&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt;');
    expect(markupOf(report)).not.toContain('<script>window.__xss');
    expect(pages.length).toBeGreaterThan(30);
  });

  it('never writes the payload as markup into any page', () => {
    for (const url of pages) {
      const html = markupOf(
        readFileSync(path.join(root, url.endsWith('/') ? `${url}index.html` : url), 'utf8'),
      );
      expect(html.includes('<script>window.__xss'), url).toBe(false);
      expect(/<img[^>]*onerror/i.test(html), url).toBe(false);
    }
  });

  it('puts RSS descriptions as escaped text, never markup a feed reader would render', () => {
    /** What a feed reader gets from the XML: the element's text, entities and CDATA decoded once. */
    const xmlText = (raw: string) =>
      raw
        .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
        .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&(lt|gt|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[e]!)
        .replace(/&amp;/g, '&');
    let withPayload = 0;
    for (const feed of feedSections) {
      const xml = readFileSync(path.join(root, feed, 'rss.xml'), 'utf8');
      const items = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
      expect(items.length, feed).toBeGreaterThan(0);
      for (const item of items) {
        const description = /<description>([\s\S]*?)<\/description>/.exec(item)?.[1];
        if (description === undefined) continue;
        // The reader renders this as HTML: it must hold no tag, only entities that show the text as typed.
        const html = xmlText(description);
        expect(html, `${feed}: ${html}`).not.toMatch(/<[a-z!/]/i);
        if (html.includes('&lt;script&gt;window.__xss')) withPayload++;
      }
    }
    expect(withPayload, 'the payload reaches the feeds, as text').toBeGreaterThan(0);
  });

  it('runs no payload in the browser on any page, with scripts and search running', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      for (const url of [...pages, '/tim-kiem/?q=script', '/tim-kiem/?q=onerror']) {
        await page.goto(`${site.server.url}${url}`);
        if (url.startsWith('/tim-kiem/?'))
          await page.waitForSelector('#ket-qua-tim-kiem li', { timeout: 15_000 });
        expect(await page.evaluate(() => (window as { __xss?: number }).__xss), url).toBeUndefined();
      }
      // The list filter script renders text from the index: use it with a facet chosen.
      await page.goto(`${site.server.url}/san-giao-dich/`);
      await page.waitForSelector('.filter-form select');
      await page.selectOption('#loc-kind', { index: 1 });
      await page.click('.filter-form button[type="submit"]');
      await expect.poll(() => page.locator('#danh-sach li').count()).toBe(1);
      expect(await page.locator('#danh-sach li a').textContent()).toContain(XSS_PAYLOAD);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    } finally {
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });
});
