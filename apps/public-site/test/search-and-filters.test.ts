/** Search finds Vietnamese text typed without diacritics (đ too) and filters; lists filter with or without JS. */
import { readFileSync } from 'node:fs';
import { foldText, type PublicSnapshot } from '@khcn/domain';
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

describe('the register of declarations of conformity', () => {
  const snapshot = JSON.parse(readFileSync(inject('richSnapshot'), 'utf8')) as PublicSnapshot;
  const base = '/cong-bo-hop-chuan-hop-quy/';
  const kind = `kind=${encodeURIComponent('Công bố hợp chuẩn, hợp quy')}`;
  // A declaration by an organisation whose name has đ: typed without tones, "Đông" is "dong".
  const declaration = snapshot.declarations.find((d) => /[đĐ]/.test(d.organisation))!;
  const url = `${base}${declaration.id}/`;
  const product = declaration.product.replace(/\s*\(\d+\)$/, '');

  it('finds a declaration by product, by company and by standard code, with or without tones', async () => {
    const page = await browser.newPage();
    try {
      const byProduct = await search(
        page,
        richServer.url,
        `q=${encodeURIComponent(foldText(product))}&${kind}`,
      );
      expect(byProduct).toContain(url);
      expect(byProduct.every((u) => u.startsWith(base))).toBe(true);
      const byCompany = await search(
        page,
        richServer.url,
        `q=${encodeURIComponent(foldText(declaration.organisation))}&${kind}`,
      );
      expect(byCompany).toContain(url);
      const withTones = await search(
        page,
        richServer.url,
        `q=${encodeURIComponent(declaration.organisation)}&${kind}`,
      );
      expect(withTones).toContain(url);
      const byCode = await search(
        page,
        richServer.url,
        `q=${encodeURIComponent(`${declaration.standardCode} ${foldText(product)}`)}&${kind}`,
      );
      expect(byCode).toContain(url);
    } finally {
      await page.close();
    }
  });

  it('filters the register by kind, product group and year, with JavaScript and without', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${richServer.url}${base}`);
      await page.waitForSelector('#loc-group');
      await page.selectOption('#loc-kind', 'cong-bo-hop-quy');
      await page.selectOption('#loc-group', { index: 1 });
      const group = (await page.locator('#loc-group option:checked').textContent())!.replace(
        /\s*\(\d+\)$/,
        '',
      );
      await page.click('.filter-form button[type="submit"]');
      await expect.poll(() => page.locator('.filter-status').textContent()).toMatch(/^Tìm thấy \d+ mục/);
      const metas = await page.locator('#danh-sach li .meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      for (const meta of metas) {
        expect(meta).toContain('Công bố hợp quy');
        expect(meta).toContain(group);
      }
    } finally {
      await page.close();
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    try {
      const year = declaration.noticeDate.slice(0, 4);
      await noScript.goto(`${richServer.url}${base}`);
      await noScript.click(`a[href="${base}nam/${year}/"]`);
      const metas = await noScript.locator('#danh-sach li .meta').allTextContents();
      expect(metas.length).toBe(snapshot.declarations.filter((d) => d.noticeDate.startsWith(year)).length);
      for (const meta of metas) expect(meta).toContain(`/${year}`);
      expect(await noScript.locator('#danh-sach li .badge').first().textContent()).toBe('Dữ liệu minh họa');
    } finally {
      await context.close();
    }
  });
});
