/**
 * Walks the admin app in Chromium (playwright-core + Debian's /usr/bin/chromium) against a running admin
 * API and saves screenshots under test-output/screenshots/. A look-and-see aid, not a test: the monthly
 * cycle end-to-end test lives with the platform. Playwright's launch() gives each run a fresh profile.
 *
 *   ADMIN_URL=http://127.0.0.1:3000 node scripts/take-screenshots.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../vitest.shared.ts';

const baseUrl = process.env.ADMIN_URL ?? 'http://127.0.0.1:3000';
const password = process.env.DEMO_PASSWORD ?? 'KhcnDemo@2024';
const outDir = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const consoleProblems: string[] = [];
const axeFindings: string[] = [];

async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      consoleProblems.push(`[${m.type()}] ${page.url()} ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleProblems.push(`[pageerror] ${page.url()} ${e.message}`));
  return page;
}

async function shot(page: Page, name: string, fullPage = true) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage });
  // WCAG 2.1 A/AA check of what the screenshot shows (axe-core).
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  for (const v of result.violations) {
    axeFindings.push(
      `${name}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
    );
  }
  console.log(`saved ${name}.png (axe: ${result.violations.length} violations)`);
}

async function signIn(page: Page, username: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: /Tài khoản:/ }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất', exact: true }).click();
  await page.getByRole('heading', { name: 'Đăng nhập hệ thống quản trị' }).waitFor();
}

const browser = await chromium.launch(chromiumLaunchOptions);

let current: Page | null = null;
try {
  const page = await newPage(browser);
  current = page;
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('heading', { name: 'Đăng nhập hệ thống quản trị' }).waitFor();
  await shot(page, '01-sign-in');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Tên đăng nhập: không được để trống').waitFor();
  await shot(page, '02-sign-in-errors');

  await signIn(page, 'chuyenvien');
  await shot(page, '03-dashboard-editor');

  await page.goto(`${baseUrl}/reports`);
  await page.getByRole('heading', { name: 'Báo cáo tháng', exact: true }).waitFor();
  await shot(page, '04-reports');
  const start = page.getByRole('button', { name: 'Bắt đầu tháng này từ tháng trước' });
  if (await start.isVisible()) {
    await start.click();
    await page.waitForURL(/\/reports\/\d{4}-\d{2}/);
  } else {
    await page.getByRole('table').getByRole('link').first().click();
  }
  await page.getByRole('navigation', { name: 'Đề cương báo cáo' }).waitFor();
  const editorUrl = page.url().split('?')[0]!;
  await page.goto(`${editorUrl}?section=A.II.1.1`);
  await page.getByRole('textbox', { name: /Khối 1/ }).waitFor();
  await shot(page, '05-editor');

  const first = page.getByRole('textbox', { name: /Khối 1/ });
  await first.fill(
    'Trong tháng 12, Sở tiến hành đồng bộ, hiệu quả các hoạt động triển khai, đánh giá, nghiệm thu nhiệm vụ KH&CN, cụ thể:',
  );
  await page.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });
  await shot(page, '06-editor-autosaved', false);

  await page.getByRole('tab', { name: /Số liệu/ }).click();
  const value = page.getByRole('group', { name: 'Số liệu 2' }).getByLabel('Giá trị');
  await value.fill('8');
  await page
    .getByText(/lời văn ghi 7 nhưng số liệu là 8/)
    .first()
    .waitFor();
  await shot(page, '07-editor-fact-mismatch');
  await value.fill('7');
  await page.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });

  // Conflict: the head of division saves the same section meanwhile.
  const other = await newPage(browser);
  await signIn(other, 'truongphong');
  await other.goto(`${editorUrl}?section=A.II.1.1`);
  const otherFirst = other.getByRole('textbox', { name: /Khối 1/ });
  await otherFirst.fill('Trong tháng 12, Sở tiếp tục triển khai các nhiệm vụ KH&CN (trưởng phòng sửa):');
  await other.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });
  await page.getByRole('tab', { name: /Lời văn/ }).click();
  await first.fill(
    'Trong tháng 12, Sở triển khai, đánh giá, nghiệm thu các nhiệm vụ KH&CN (chuyên viên sửa):',
  );
  await page.getByRole('heading', { name: /Gộp thay đổi/ }).waitFor({ timeout: 15_000 });
  await shot(page, '08-conflict-merge');
  await page.getByRole('group', { name: 'Khối lời văn 1' }).getByLabel('Lấy bản đã lưu').click();
  await page.getByRole('button', { name: 'Lưu bản đã gộp' }).click();
  await page.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });
  await other.context().close();

  // Session expiry while typing: back to sign-in, then the unsaved text is restored and saved.
  await page.context().clearCookies();
  const lost = 'Câu được gõ đúng lúc phiên đăng nhập hết hạn, không được mất.';
  await first.fill(lost);
  await page.getByRole('heading', { name: 'Đăng nhập hệ thống quản trị' }).waitFor({ timeout: 15_000 });
  await shot(page, '08b-session-expired', false);
  await page.getByLabel('Tên đăng nhập').fill('chuyenvien');
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('textbox', { name: /Khối 1/ }).waitFor();
  const restored = await page.getByRole('textbox', { name: /Khối 1/ }).inputValue();
  console.log(restored === lost ? 'draft restored after re-login' : `DRAFT NOT RESTORED: ${restored}`);
  await page.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });

  await page.setViewportSize({ width: 820, height: 1180 });
  await shot(page, '09-editor-tablet');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto(`${editorUrl.replace(/\/$/, '')}/preview`);
  await page.getByRole('heading', { name: 'BÁO CÁO', exact: true }).waitFor();
  await shot(page, '10-preview', false);

  await page.goto(editorUrl);
  await page.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
  await page.getByRole('dialog').waitFor();
  await shot(page, '11-submit-confirm', false);
  const submit = page.getByRole('dialog').getByRole('button', { name: 'Trình duyệt' });
  if (await submit.isEnabled()) {
    await submit.click();
    await page.getByText('Báo cáo đã trình', { exact: false }).first().waitFor();
  }

  await page.goto(`${baseUrl}/records/task?q=sen`);
  await page.getByRole('table').waitFor();
  await shot(page, '12-records-search');
  await page.goto(`${baseUrl}/records/publication`);
  await page.getByRole('table').waitFor();
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByText('Tệp PDF của ấn phẩm').waitFor();
  const pdf = join(outDir, 'sample.pdf');
  writeFileSync(
    pdf,
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  await page.locator('input[type=file]').setInputFiles(pdf);
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await page
    .getByText(/Đã tải lên tệp PDF|Tệp PDF:|không/)
    .first()
    .waitFor({ timeout: 15_000 });
  await shot(page, '13-publication-pdf');
  await page.goto(`${baseUrl}/records/listing`);
  await page.getByRole('table').waitFor();
  await shot(page, '14-listings');
  await signOut(page);

  await signIn(page, 'lanhdao');
  await shot(page, '15-dashboard-leader');
  await page.goto(editorUrl);
  await page.getByRole('navigation', { name: 'Đề cương báo cáo' }).waitFor();
  const approve = page.getByRole('button', { name: 'Phê duyệt và công khai' });
  if (await approve.isVisible()) {
    await approve.click();
    await page.getByRole('dialog').waitFor();
    await shot(page, '16-approve-confirm', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt và công khai' }).click();
    await page.getByText(/Đã phê duyệt/).waitFor({ timeout: 30_000 });
  }
  await page.goto(`${baseUrl}/publications`);
  await page.getByRole('heading', { name: 'Xuất bản cổng thông tin' }).waitFor();
  await page.waitForTimeout(3000);
  await shot(page, '17-publications');
  // Watch it advance (polled every 1.5 s while running).
  await page
    .waitForFunction(() => !document.body.textContent.includes('Đang có lượt xuất bản chạy'), undefined, {
      timeout: 240_000,
    })
    .catch(() => undefined);
  await shot(page, '17b-publications-later');
  // A correction: the leader opens it, edits a sentence; the history shows what changed.
  await page.goto(editorUrl);
  await page.getByRole('navigation', { name: 'Đề cương báo cáo' }).waitFor();
  const correction = page.getByRole('button', { name: 'Mở đính chính' });
  if (await correction.isVisible()) {
    await correction.click();
    await page
      .getByLabel('Nội dung đính chính')
      .fill('Sửa câu mở đầu mục 1.1 cho đúng thực tế tháng báo cáo.');
    await page.getByRole('dialog').getByRole('button', { name: 'Mở đính chính' }).click();
    await page.getByText(/Lần ban hành 2/).waitFor({ timeout: 15_000 });
    await page.goto(`${editorUrl}?section=A.II.1.1`);
    const firstBlock = page.getByRole('textbox', { name: /Khối 1/ });
    await firstBlock.fill(
      'Trong tháng báo cáo, Sở tiếp tục triển khai, kiểm tra và nghiệm thu các nhiệm vụ KH&CN như sau:',
    );
    await page.getByText(/Đã lưu lúc/).waitFor({ timeout: 15_000 });
  }
  await page.goto(`${baseUrl}/audit`);
  await page.getByRole('table').waitFor();
  await shot(page, '18-audit');
  await page.goto(`${editorUrl.replace(/\/$/, '')}/history`);
  await page.getByRole('heading', { name: /Lịch sử báo cáo/ }).waitFor();
  await page
    .getByRole('heading', { name: /Khác nhau giữa/ })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await shot(page, '19-history');
  await signOut(page);

  await signIn(page, 'quantri');
  await page.goto(`${baseUrl}/users`);
  await page.getByRole('table').waitFor();
  await shot(page, '20-users');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await page.getByRole('dialog').waitFor();
  await shot(page, '21-user-create', false);
} catch (error) {
  await current?.screenshot({ path: join(outDir, 'zz-failure.png') }).catch(() => undefined);
  console.log(`failed at ${current?.url()}`);
  throw error;
} finally {
  await browser.close();
  writeFileSync(join(outDir, 'console.txt'), consoleProblems.join('\n'));
  writeFileSync(join(outDir, 'axe.txt'), axeFindings.join('\n'));
  console.log(`${axeFindings.length} axe violations (test-output/screenshots/axe.txt)`);
  console.log(`${consoleProblems.length} console warnings/errors (test-output/screenshots/console.txt)`);
}
