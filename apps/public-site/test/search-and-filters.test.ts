/** Search finds Vietnamese text typed without diacritics (đ too) and filters; lists filter with or without JS. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

let seedServer: StaticServer;
let richServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  seedServer = await serveStatic(inject('seedSite'));
  richServer = await serveStatic(inject('richSite'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await seedServer?.close();
  await richServer?.close();
});

async function search(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?${query}`);
  await page.waitForFunction(
    () => !/Đang tìm|cần JavaScript/.test(document.getElementById('trang-thai-tim-kiem')?.textContent ?? ''),
  );
  return page
    .locator('#ket-qua-tim-kiem li a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('search', () => {
  it('finds "Đông trùng hạ thảo" from "dong trung ha thao" (đ folded to d)', async () => {
    const page = await browser.newPage();
    try {
      expect(await search(page, seedServer.url, 'q=dong+trung+ha+thao')).toContain(
        '/nhiem-vu/task-ntmn-dong-trung-ha-thao/',
      );
      expect(await search(page, seedServer.url, 'q=%C4%90%C3%B4ng+tr%C3%B9ng')).toContain(
        '/nhiem-vu/task-ntmn-dong-trung-ha-thao/',
      );
      const measuring = await search(page, seedServer.url, 'q=do+luong');
      expect(measuring).toContain('/thanh-tra-kiem-tra/check-2024-11-eye-clinics/');
    } finally {
      await page.close();
    }
  });

  it('filters by kind, year and field', async () => {
    const page = await browser.newPage();
    try {
      const all = await search(page, seedServer.url, 'q=nong+thon');
      expect(all.length).toBeGreaterThan(1);
      const tasksOnly = await search(
        page,
        seedServer.url,
        `q=nong+thon&kind=${encodeURIComponent('Nhiệm vụ KH&CN')}`,
      );
      expect(tasksOnly.length).toBeGreaterThan(0);
      expect(tasksOnly.every((u) => u.startsWith('/nhiem-vu/'))).toBe(true);
      const field = await search(
        page,
        seedServer.url,
        `q=nong+thon&field=${encodeURIComponent('Nông nghiệp - thủy sản')}`,
      );
      expect(field).toEqual(['/nhiem-vu/task-ntmn-biofloc/']);
      const year = await search(page, richServer.url, 'kind=B%C3%A1o+c%C3%A1o&year=2023');
      expect(year.length).toBeGreaterThan(0);
      expect(year.every((u) => u.startsWith('/bao-cao/2023-'))).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('list filters', () => {
  it('combine facets with JavaScript', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${richServer.url}/nhiem-vu/`);
      await page.waitForSelector('#loc-level');
      await page.selectOption('#loc-level', 'cap-tinh');
      await page.selectOption('#loc-year', { index: 1 });
      const year = await page.locator('#loc-year').inputValue();
      await page.click('.filter-form button[type="submit"]');
      await expect.poll(() => page.locator('.filter-status').textContent()).toMatch(/^Tìm thấy \d+ mục/);
      const metas = await page.locator('#danh-sach li .meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      for (const meta of metas) {
        expect(meta).toContain('Cấp tỉnh');
        expect(meta).toContain(year);
      }
    } finally {
      await page.close();
    }
  });

  it('work without JavaScript through static facet pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${richServer.url}/nhiem-vu/`);
      expect(await page.locator('.filter-form[data-filter-index]').isHidden()).toBe(true);
      await page.click('a[href="/nhiem-vu/cap/cap-tinh/"]');
      expect(page.url()).toBe(`${richServer.url}/nhiem-vu/cap/cap-tinh/`);
      const metas = await page.locator('#danh-sach li .meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      for (const meta of metas) expect(meta).toContain('Cấp tỉnh');
    } finally {
      await context.close();
    }
  });
});
