/**
 * Phones first: every page type at 390 x 844 (a common phone) in Debian Chromium. The header stays short, the
 * main heading (and on a list page its first result) is on the first screen, nothing scrolls sideways, stand-
 * alone targets are at least 24 x 24 px, and axe finds no WCAG 2.2 AA violation. Then the pieces that make it
 * so: the navigation menu and the folded filters work without JavaScript, the filter script opens and counts
 * them, wide tables scroll in their own box with the first column held, charts fit the width.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { siteSections } from '../src/data/sections.ts';
import { isNotFound, pageTypes } from './support/page-types.ts';
import { useSiteInBrowser } from './support/site-in-browser.ts';

const PHONE = { width: 390, height: 844 };
/** "At most about 160 px" for the header and the navigation together (issue 15). */
const HEADER_MAX_PX = 160;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const root = inject('richSite');
const site = useSiteInBrowser(root);

async function onPhone<T>(
  run: (page: Page, context: BrowserContext) => Promise<T>,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<T> {
  const context = await site.browser.newContext({ viewport: PHONE, ...options });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** What a phone shows of a page on its first screen (positions relative to the top of the page, in px). */
type FirstScreen = {
  header: number;
  heading: { top: number; bottom: number };
  firstResult: { top: number; bottom: number; titleBottom: number } | null;
  scrollWidth: number;
  viewportWidth: number;
  smallTargets: string[];
};

function measure(page: Page): Promise<FirstScreen> {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY } : null;
    };
    const first = document.querySelector('#danh-sach > li');
    const firstBox = box(first);
    // Targets that stand alone (their parent says nothing else): WCAG 2.5.8 minimum 24 x 24 px. Targets in
    // a sentence fall under the rule's inline exception (and axe checks their spacing).
    const smallTargets = [...document.querySelectorAll('a[href], button, summary, select, input')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.bottom + window.scrollY <= 0) return false; // hidden, or the skip link
        const alone = (el.parentElement?.textContent ?? '').trim() === (el.textContent ?? '').trim();
        return alone && (r.width < 24 || r.height < 24);
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`;
      });
    return {
      header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      heading: box(document.querySelector('h1'))!,
      firstResult:
        first && firstBox ? { ...firstBox, titleBottom: box(first.querySelector('.title'))!.bottom } : null,
      scrollWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
      smallTargets,
    };
  });
}

describe('at 390 x 844 (a phone)', () => {
  it.each(pageTypes)(
    '$type: short header, heading (and first result) on the first screen, no sideways scroll, WCAG 2.2 AA',
    async ({ url, list }) =>
      onPhone(async (page) => {
        const response = await page.goto(`${site.server.url}${url}`);
        expect(response?.status()).toBe(isNotFound(url) ? 404 : 200);
        if (url.startsWith('/tim-kiem/?'))
          await page.waitForSelector('#ket-qua-tim-kiem li', { timeout: 15_000 });
        const shown = await measure(page);

        expect(shown.header, 'header and navigation height (px)').toBeLessThanOrEqual(HEADER_MAX_PX);
        expect(shown.heading.bottom, 'main heading on the first screen').toBeLessThanOrEqual(PHONE.height);
        if (list) {
          expect(shown.firstResult, 'the list has a first result').not.toBeNull();
          expect(shown.firstResult!.titleBottom, 'first result on the first screen').toBeLessThanOrEqual(
            PHONE.height,
          );
        }
        expect(shown.scrollWidth, 'nothing scrolls sideways').toBeLessThanOrEqual(shown.viewportWidth);
        expect(shown.smallTargets, 'stand-alone targets under 24 x 24 px').toEqual([]);

        const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const violations = result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(violations).toEqual([]);
        // The WCAG 2.2 target-size rule really ran on the page (it has links).
        expect(result.passes.map((p) => p.id)).toContain('target-size');
      }),
  );
});

describe('navigation on a phone', () => {
  it('folds into a menu that opens without JavaScript and keeps the current section in view', async () =>
    onPhone(
      async (page) => {
        await page.goto(`${site.server.url}/nhiem-vu/task-0001/`);
        const menu = page.locator('.site-nav details');
        const summary = menu.locator('summary');
        expect(await menu.getAttribute('open')).toBeNull();
        expect(await page.getByRole('link', { name: 'Sàn giao dịch' }).isVisible()).toBe(false);
        expect(await summary.isVisible()).toBe(true);
        expect(await summary.textContent()).toContain('Nhiệm vụ KH&CN');
        const box = await summary.boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(24);

        await summary.click();
        expect(await menu.getAttribute('open')).not.toBeNull();
        const links = page.locator('.site-nav li a');
        expect(await links.count()).toBe(siteSections.length);
        for (const link of await links.all()) {
          expect(await link.isVisible()).toBe(true);
          const entry = (await link.boundingBox())!;
          expect(entry.height).toBeGreaterThanOrEqual(24);
          expect(entry.width, 'a menu entry spans the screen').toBe(PHONE.width);
        }
        expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('Nhiệm vụ KH&CN');
        await page.getByRole('link', { name: 'Sàn giao dịch' }).click();
        expect(page.url()).toBe(`${site.server.url}/san-giao-dich/`);
      },
      { javaScriptEnabled: false },
    ));

  it('stays a bar on a wide screen (the menu button is not shown)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${site.server.url}/nhiem-vu/`);
      expect(await page.locator('.site-nav summary').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Sàn giao dịch' }).isVisible()).toBe(true);
      const header = await page.locator('.site-header').boundingBox();
      const nav = await page.locator('.site-nav ul').boundingBox();
      expect(nav!.width).toBeGreaterThan(900); // one row across the page, as before
      expect(header!.height).toBeLessThan(200);
      expect(await page.locator('#loc-danh-sach').isVisible()).toBe(true); // the filters' sidebar heading
      expect(await page.locator('.filter-box > summary').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('filters on a phone', () => {
  it('fold behind a summary counting the active ones, open on a facet page (no JavaScript)', async () =>
    onPhone(
      async (page) => {
        await page.goto(`${site.server.url}/nhiem-vu/`);
        const box = page.locator('.filter-box');
        expect(await box.getAttribute('open')).toBeNull();
        expect(await box.locator(':scope > summary').textContent()).toContain('chưa chọn tiêu chí');
        expect(await page.locator('a[href="/nhiem-vu/cap/cap-tinh/"]').isVisible()).toBe(false);
        await box.locator(':scope > summary').click();
        await page.locator('a[href="/nhiem-vu/cap/cap-tinh/"]').click();

        expect(page.url()).toBe(`${site.server.url}/nhiem-vu/cap/cap-tinh/`);
        expect(await box.getAttribute('open')).not.toBeNull();
        expect(await box.locator(':scope > summary').textContent()).toContain('1 tiêu chí đang chọn');
        expect(await page.locator('.filter-box a[aria-current="page"]').textContent()).toMatch(/^Cấp tỉnh/);
      },
      { javaScriptEnabled: false },
    ));

  it('open and count the criteria the script applies from the address, and keep them in it', async () =>
    onPhone(async (page) => {
      await page.goto(`${site.server.url}/nhiem-vu/?level=cap-tinh&status=ky-hop-dong`);
      await expect.poll(() => page.locator('.filter-status').textContent()).toMatch(/^Tìm thấy \d+ mục/);
      const box = page.locator('.filter-box');
      expect(await box.getAttribute('open')).not.toBeNull();
      expect(await box.locator(':scope > summary').textContent()).toContain('2 tiêu chí đang chọn');
      expect(await page.locator('#loc-level').inputValue()).toBe('cap-tinh');
      const metas = await page.locator('#danh-sach li .meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      for (const meta of metas) expect(meta).toMatch(/Cấp tỉnh[\s\S]*Ký hợp đồng/);

      await page.selectOption('#loc-status', '');
      await page.click('.filter-form button[type="submit"]');
      await expect
        .poll(() => box.locator(':scope > summary').textContent())
        .toContain('1 tiêu chí đang chọn');
      expect(new URL(page.url()).search).toBe('?level=cap-tinh');
      await page.click('.filter-form button[type="reset"]');
      await expect.poll(() => box.locator(':scope > summary').textContent()).toContain('chưa chọn tiêu chí');
      expect(new URL(page.url()).search).toBe('');
    }));

  it('on a facet page, show the page’s facet chosen; taking it away goes to the whole list with the rest', async () =>
    onPhone(async (page) => {
      await page.goto(`${site.server.url}/nhiem-vu/cap/cap-tinh/`);
      await expect.poll(() => page.locator('#loc-level').inputValue()).toBe('cap-tinh');
      // The combined form stands in for the facets' link lists on a phone with scripting.
      expect(await page.locator('.filters .facet-links').first().isVisible()).toBe(false);
      expect(await page.locator('.filters .all-items').isVisible()).toBe(false);
      const staticItems = await page.locator('#danh-sach > li').count();
      expect((await page.locator('.filter-status').textContent())?.trim()).toMatch(
        new RegExp(`^${staticItems} mục`),
      );

      await page.selectOption('#loc-level', '');
      await page.selectOption('#loc-year', '2024');
      await page.click('.filter-form button[type="submit"]');
      await page.waitForURL(`${site.server.url}/nhiem-vu/?year=2024`);
      await expect.poll(() => page.locator('.filter-status').textContent()).toMatch(/^Tìm thấy \d+ mục/);
      expect(await page.locator('#loc-level').inputValue()).toBe('');
      expect(await page.locator('#loc-year').inputValue()).toBe('2024');
      const metas = await page.locator('#danh-sach li .meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      for (const meta of metas) expect(meta).toMatch(/Năm:?\s*2024/);
    }));

  it('leave an unknown value in the address alone', async () =>
    onPhone(async (page) => {
      await page.goto(`${site.server.url}/nhiem-vu/?level=khong-co`);
      await page.waitForSelector('#loc-level', { state: 'attached' });
      expect(await page.locator('.filter-box').getAttribute('open')).toBeNull();
      expect((await page.locator('.filter-status').textContent())?.trim()).toBe('60 mục; trang 1/2.');
    }));
});

describe('links on a phone', () => {
  it('keep their own boxes where the page gives them one (pagination, downloads)', async () =>
    onPhone(async (page) => {
      const paddingLeft = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((a) => Number.parseFloat(getComputedStyle(a).paddingLeft));
      await page.goto(`${site.server.url}/nhiem-vu/`);
      expect(await paddingLeft('.pagination a')).toBeGreaterThanOrEqual(8);
      await page.goto(`${site.server.url}/bao-cao/2023-06/`);
      expect(await paddingLeft('.downloads a')).toBeGreaterThanOrEqual(8);
    }));
});

describe('scripts on a phone', () => {
  it.each([
    ['a list whose filters are open', '/nhiem-vu/cap/cap-tinh/', '#loc-level option:nth-child(2)'],
    ['a list', '/nhiem-vu/', '#loc-level option:nth-child(2)'],
    ['search', '/tim-kiem/?q=do+luong', '#ket-qua-tim-kiem li'],
  ])('move nothing on the screen when they run: %s (cumulative layout shift 0)', async (_what, url, ready) =>
    onPhone(async (page) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __shift: number };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<
            PerformanceEntry & { value: number; hadRecentInput: boolean }
          >)
            if (!entry.hadRecentInput) w.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.server.url}${url}`);
      await page.waitForSelector(ready, { state: 'attached', timeout: 15_000 });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    }),
  );
});

describe('tables and charts on a phone', () => {
  it('scroll a wide table inside its own box, first column held, caption in view', async () =>
    onPhone(async (page) => {
      await page.goto(`${site.server.url}/so-lieu/`);
      const scroller = page.locator('.table-scroll').first();
      const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      expect(await scroller.getAttribute('tabindex')).toBe('0');
      expect(await scroller.getAttribute('role')).toBe('region');
      const before = await scroller.evaluate((el) => {
        el.scrollIntoView();
        const first = el.querySelector('tbody tr th, tbody tr td')!.getBoundingClientRect().left;
        const second = el.querySelector('tbody tr td.num')!.getBoundingClientRect().left;
        el.scrollLeft = 150;
        return { first, second, box: el.getBoundingClientRect().left };
      });
      const after = await scroller.evaluate((el) => ({
        first: el.querySelector('tbody tr th, tbody tr td')!.getBoundingClientRect().left,
        second: el.querySelector('tbody tr td.num')!.getBoundingClientRect().left,
        caption: el.querySelector('caption')!.getBoundingClientRect().left,
        scrollLeft: el.scrollLeft,
      }));
      expect(after.scrollLeft).toBe(150);
      expect(Math.abs(after.first - before.first), 'first column held').toBeLessThanOrEqual(1);
      expect(Math.abs(after.second - (before.second - 150)), 'other columns scrolled').toBeLessThanOrEqual(1);
      expect(Math.abs(after.caption - before.box), 'caption in view').toBeLessThanOrEqual(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    }));

  it('scale a chart to the width', async () =>
    onPhone(async (page) => {
      await page.goto(`${site.server.url}/so-lieu/metrology-instruments-inspected/`);
      const widths = await page
        .locator('figure.chart svg')
        .first()
        .evaluate((svg) => ({
          svg: svg.getBoundingClientRect().width,
          main: document.querySelector('main')!.clientWidth,
        }));
      expect(widths.svg).toBeGreaterThan(300);
      expect(widths.svg).toBeLessThanOrEqual(widths.main);
    }));
});
