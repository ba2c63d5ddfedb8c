/** axe-core finds no WCAG 2.2 AA violation on any page type on a wide screen (in Debian Chromium); test/phone.test.ts does the same on a phone. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { isNotFound, pageTypes } from './support/page-types.ts';
import { useSiteInBrowser } from './support/site-in-browser.ts';

const root = inject('richSite');
const site = useSiteInBrowser(root);

describe('WCAG 2.2 AA (axe-core)', () => {
  it.each(pageTypes)('$type page has no violation', async ({ url }) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      const response = await page.goto(`${site.server.url}${url}`);
      expect(response?.status()).toBe(isNotFound(url) ? 404 : 200);
      if (url.startsWith('/tim-kiem/'))
        await page.waitForSelector('#ket-qua-tim-kiem li', { timeout: 15_000 });
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(5);
    } finally {
      await context.close();
    }
  });

  it('shows a visible focus ring and a working skip link', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.url}/nhiem-vu/task-0001/`);
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-link');
      await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    } finally {
      await page.close();
    }
  });
});
