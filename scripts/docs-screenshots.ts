/**
 * `pnpm docs:screenshots`: the screenshots in README.md and docs/user-guide.md, taken from the real platform so
 * they stay true. Starts the platform as `pnpm start` does (temporary folders, free ports), walks the monthly
 * cycle in Chromium (editor, head of division, leader), and writes 1280 x 800 PNGs (and the public site's phone
 * views at 390 x 844), palette-quantised, into docs/images/. Needs the admin app built (the root script builds it first) and Chromium (CHROMIUM_PATH or
 * /usr/bin/chromium).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { signIn, signOut, waitForAutosave } from '../apps/admin-web/e2e/admin-app.steps.ts';
import {
  launchChromium,
  openDesktopPage,
  openPhonePage,
  type Page,
  waitForTransitions,
} from '../apps/admin-web/e2e/browser.session.ts';
import { findFreePort, repoRoot, startPlatform } from '../apps/admin-web/e2e/platform.process.ts';

const outDir = join(repoRoot, 'docs/images');
const sentence =
  'Trong tháng 12, Sở tiếp tục kiểm tra, đánh giá, nghiệm thu các nhiệm vụ KH&CN và hướng dẫn các tổ chức chủ trì hoàn thiện hồ sơ, cụ thể:';

/**
 * A screenshot of what the page shows (1280 x 800, or 390 x 844 on a phone page), quantised to a palette (UI
 * screenshots lose nothing visible).
 */
async function shot(page: Page, name: string) {
  for (const close of await page.getByRole('button', { name: 'Đóng thông báo' }).all())
    await close.click().catch(() => undefined);
  await waitForTransitions(page);
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width - 1, viewport.height - 1); // no hover highlight in the picture
  await page.waitForTimeout(150);
  const png = await page.screenshot({ fullPage: false });
  const file = join(outDir, `${name}.png`);
  await sharp(png).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toFile(file);
  console.log(`  ${name}.png  ${Math.round(statSync(file).size / 1024)} KB`);
}

const root = mkdtempSync(join(tmpdir(), 'khcn-docs-'));
const folders = {
  pgliteDir: join(root, 'pglite'),
  siteRoot: join(root, 'site'),
  filesDir: join(root, 'files'),
};
console.log('Khởi động nền tảng trong thư mục tạm…');
const platform = await startPlatform({
  folders,
  apiPort: await findFreePort(),
  sitePort: await findFreePort(),
});
const { adminUrl, siteUrl, password } = platform;
const chromium = await launchChromium();
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.endsWith('.png')) rmSync(join(outDir, f));

let page: Page | null = null;
try {
  page = await openDesktopPage(chromium.browser);
  const p = page;

  // Sign-in, then the editor starts December 2024 from November.
  await p.goto(`${adminUrl}/sign-in`);
  await p.getByRole('heading', { name: 'Đăng nhập hệ thống quản trị' }).waitFor();
  await p.getByLabel('Tên đăng nhập').fill('chuyenvien');
  await shot(p, 'admin-sign-in');
  await signIn(p, adminUrl, 'chuyenvien', password);
  await p.getByRole('link', { name: 'Báo cáo tháng', exact: true }).click();
  await p.getByRole('heading', { name: 'Báo cáo tháng 12 năm 2024 chưa được tạo' }).waitFor();
  await shot(p, 'reports-start-month');
  await p.getByRole('button', { name: 'Bắt đầu tháng này từ tháng trước' }).click();
  await p.waitForURL(/\/reports\/2024-12/);
  await p.goto(`${adminUrl}/reports/2024-12?section=A.II.1.1`);

  // A section: narrative, then a figure that disagrees with the text, then the fix.
  const first = p.getByRole('textbox', { name: /^Khối 1/ });
  await first.fill(sentence);
  await waitForAutosave(p);
  await shot(p, 'report-editor');
  await p.getByRole('tab', { name: /Số liệu/ }).click();
  const figure = p.getByRole('group', { name: 'Số liệu 2' });
  await figure.getByLabel('Giá trị').fill('9');
  await figure.getByLabel('Cách ghi trong văn bản').fill('09');
  await p
    .getByText(/lời văn ghi/)
    .first()
    .waitFor();
  await figure.scrollIntoViewIfNeeded();
  await shot(p, 'report-figures-check');
  await p.getByRole('tab', { name: /Lời văn/ }).click();
  const list = p.getByRole('textbox', { name: /^Khối 2/ });
  await list.fill((await list.inputValue()).replace('đối với 07 nhiệm vụ', 'đối với 09 nhiệm vụ'));
  await waitForAutosave(p);

  // Two people in the same section: the head of division saves first; the editor's next change conflicts.
  const head = await openDesktopPage(chromium.browser);
  await signIn(head, adminUrl, 'truongphong', password);
  await head.goto(`${adminUrl}/reports/2024-12?section=A.II.1.1`);
  const headFirst = head.getByRole('textbox', { name: /^Khối 1/ });
  await headFirst.fill(`${sentence.replace(', cụ thể:', '')} theo đúng tiến độ đã đăng ký, cụ thể:`);
  await waitForAutosave(head);
  await head.context().close();
  await first.fill(sentence.replace('Trong tháng 12', 'Trong tháng 12 năm 2024'));
  await p.getByRole('heading', { name: /Gộp thay đổi/ }).waitFor({ timeout: 20_000 });
  await shot(p, 'conflict-merge');
  await p.getByRole('group', { name: 'Khối lời văn 1' }).getByLabel('Lấy bản đã lưu').click();
  await p.getByRole('button', { name: 'Lưu bản đã gộp' }).click();
  await p
    .getByRole('status')
    .filter({ hasText: /^Đã lưu lúc/ })
    .waitFor({ timeout: 20_000 });

  await p.getByRole('link', { name: 'Tổng quan', exact: true }).click();
  await p.getByRole('heading', { name: 'Báo cáo tháng 12 năm 2024' }).first().waitFor();
  await shot(p, 'dashboard');

  // Records: the task list, a task with its milestones, a new exchange listing and its validity.
  await p.goto(`${adminUrl}/records/task`);
  await p.getByRole('table').waitFor();
  await shot(p, 'records-tasks');
  await p
    .getByRole('table')
    .getByRole('link', { name: /sen Phố Hiến/ })
    .click();
  await p.getByRole('button', { name: 'Lưu thay đổi' }).waitFor();
  await shot(p, 'record-task');
  await p.goto(`${adminUrl}/records/listing`);
  await p.getByRole('link', { name: 'Thêm tin chào bán, nhu cầu' }).click();
  await p.getByLabel('Tiêu đề').fill('Quy trình nhân giống sen Phố Hiến bằng hạt và ngó');
  await p.getByLabel('Lĩnh vực').fill('Nông nghiệp');
  await p
    .getByLabel('Tóm tắt')
    .fill('Quy trình nhân giống, chăm sóc sen Phố Hiến cho năng suất hoa ổn định, phù hợp vùng đất trũng.');
  await p.getByLabel('Chủ sở hữu').fill('Trung tâm Thông tin, Thống kê, Ứng dụng KH&CN Hưng Yên');
  await p.getByLabel('Người liên hệ').fill('Phòng Quản lý công nghệ');
  await p.getByLabel('Ngày hết hạn').fill('31/03/2027');
  await p.getByLabel('Ngày hết hạn').press('Tab');
  await p.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await p.getByRole('heading', { name: 'Thời hạn đăng tin' }).waitFor();
  await shot(p, 'listing-validity');

  // Submit; the leader returns it with a reason; the editor sees the reason, submits again.
  await p.goto(`${adminUrl}/reports/2024-12`);
  await p.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
  await p.getByRole('dialog').getByRole('button', { name: 'Trình duyệt' }).waitFor();
  await shot(p, 'submit-confirm');
  await p.getByRole('dialog').getByRole('button', { name: 'Trình duyệt' }).click();
  await p.getByText('Đã trình báo cáo cho lãnh đạo Sở.').waitFor();
  await signOut(p);

  await signIn(p, adminUrl, 'lanhdao', password);
  await p.goto(`${adminUrl}/reports/2024-12`);
  await p.getByRole('button', { name: 'Trả lại để sửa' }).click();
  await p
    .getByLabel('Lý do trả lại')
    .fill('Đề nghị bổ sung tên các nhiệm vụ được nghiệm thu trong tháng tại mục 1.1.');
  await shot(p, 'return-reason');
  await p.getByRole('dialog').getByRole('button', { name: 'Trả lại', exact: true }).click();
  await p.getByText('Đã trả lại báo cáo để sửa.').waitFor();
  await signOut(p);

  await signIn(p, adminUrl, 'chuyenvien', password);
  await p.goto(`${adminUrl}/reports/2024-12`);
  await p.getByText('Báo cáo đã bị trả lại').waitFor();
  await shot(p, 'report-returned');
  await p.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
  await p.getByRole('dialog').getByRole('button', { name: 'Trình duyệt' }).click();
  await p.getByText('Đã trình báo cáo cho lãnh đạo Sở.').waitFor();
  await signOut(p);

  // The leader approves; the publication advances and goes live.
  await signIn(p, adminUrl, 'lanhdao', password);
  await p.goto(`${adminUrl}/reports/2024-12`);
  await p.getByRole('button', { name: 'Phê duyệt và công khai' }).click();
  await p.getByRole('dialog').getByText('Phê duyệt sẽ công khai báo cáo trên cổng thông tin').waitFor();
  await shot(p, 'approve-confirm');
  await p.getByRole('dialog').getByRole('button', { name: 'Phê duyệt và công khai' }).click();
  await p.getByRole('link', { name: 'Theo dõi xuất bản' }).click();
  await p.getByRole('heading', { name: 'Xuất bản cổng thông tin' }).waitFor();
  await p
    .getByRole('status')
    .filter({ hasText: /Bản đang công khai: lượt #2\b/ })
    .waitFor({ timeout: 180_000 });
  await p
    .getByRole('button', { name: 'Ẩn nhật ký' })
    .first()
    .click()
    .catch(() => undefined);
  await shot(p, 'publications');

  // A correction after publication: the leader opens it, the editor corrects a figure, the leader approves.
  await p.goto(`${adminUrl}/reports/2024-12`);
  await p.getByRole('button', { name: 'Mở đính chính' }).click();
  await p
    .getByLabel('Nội dung đính chính')
    .fill('Sửa số nhiệm vụ được kiểm tra, đánh giá quá trình thực hiện tại mục 1.1 từ 09 thành 08.');
  await shot(p, 'open-correction');
  await p.getByRole('dialog').getByRole('button', { name: 'Mở đính chính' }).click();
  await p.getByText('Đã mở bản đính chính.').waitFor();
  await signOut(p);
  await signIn(p, adminUrl, 'chuyenvien', password);
  await p.goto(`${adminUrl}/reports/2024-12?section=A.II.1.1`);
  const corrected = p.getByRole('textbox', { name: /^Khối 2/ });
  await corrected.fill((await corrected.inputValue()).replace('đối với 09 nhiệm vụ', 'đối với 08 nhiệm vụ'));
  await p.getByRole('tab', { name: /Số liệu/ }).click();
  await p.getByRole('group', { name: 'Số liệu 2' }).getByLabel('Giá trị').fill('8');
  await p.getByRole('group', { name: 'Số liệu 2' }).getByLabel('Cách ghi trong văn bản').fill('08');
  await waitForAutosave(p);
  await p.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
  await p.getByRole('dialog').getByRole('button', { name: 'Trình duyệt' }).click();
  await p.getByText('Đã trình báo cáo cho lãnh đạo Sở.').waitFor();
  await signOut(p);
  await signIn(p, adminUrl, 'lanhdao', password);
  await p.goto(`${adminUrl}/reports/2024-12`);
  await p.getByRole('button', { name: 'Phê duyệt và công khai' }).click();
  await p.getByRole('dialog').getByRole('button', { name: 'Phê duyệt và công khai' }).click();
  await p.getByRole('link', { name: 'Theo dõi xuất bản' }).click();
  await p
    .getByRole('status')
    .filter({ hasText: /Bản đang công khai: lượt #3\b/ })
    .waitFor({ timeout: 180_000 });
  await p.goto(`${adminUrl}/reports/2024-12/history`);
  await p.getByRole('heading', { name: /Khác nhau giữa lần 1 và lần 2/ }).waitFor();
  await shot(p, 'report-history');

  // The audit log, users.
  await p.goto(`${adminUrl}/audit`);
  await p.getByRole('table').waitFor();
  await shot(p, 'audit-log');
  await signOut(p);
  await signIn(p, adminUrl, 'quantri', password);
  await p.goto(`${adminUrl}/users`);
  await p.getByRole('table').waitFor();
  await shot(p, 'users');

  // The public site.
  await p.goto(siteUrl);
  await p.getByRole('heading', { level: 1 }).first().waitFor();
  await shot(p, 'public-home');
  await p.goto(`${siteUrl}/bao-cao/2024-12/`);
  await p.getByRole('heading', { level: 1 }).waitFor();
  await shot(p, 'public-report');
  await p
    .getByRole('heading', { name: /Hoạt động triển khai, đánh giá, nghiệm thu nhiệm vụ KH&CN$/ })
    .evaluate((h) => {
      h.scrollIntoView();
      window.scrollBy(0, -16);
    });
  await shot(p, 'public-report-section');
  await p.goto(`${siteUrl}/nhiem-vu/task-ntmn-sen-pho-hien/`);
  await p.getByRole('heading', { level: 1 }).waitFor();
  await shot(p, 'public-task');
  await p.goto(`${siteUrl}/tim-kiem/?q=dong+trung+ha+thao`);
  await p.locator('#ket-qua-tim-kiem li').first().waitFor({ timeout: 15_000 });
  await shot(p, 'public-search');

  // The public site on a phone: the first screen of a few pages, the menu and the folded filters.
  const phone = await openPhonePage(chromium.browser);
  page = phone;
  await phone.goto(siteUrl);
  await phone.getByRole('heading', { level: 1 }).waitFor();
  await shot(phone, 'public-phone-home');
  await phone.goto(`${siteUrl}/nhiem-vu/`);
  await phone.locator('#danh-sach li').first().waitFor();
  await shot(phone, 'public-phone-tasks');
  await phone.locator('.site-nav summary').click();
  await shot(phone, 'public-phone-menu');
  await phone.goto(`${siteUrl}/bao-cao/2024-12/`);
  await phone.getByRole('heading', { level: 1 }).waitFor();
  await shot(phone, 'public-phone-report');
  await phone.goto(`${siteUrl}/so-lieu/`);
  await phone
    .locator('.table-scroll')
    .first()
    .evaluate((box) => {
      box.scrollIntoView();
      window.scrollBy(0, -12);
      box.scrollLeft = 120;
    });
  await shot(phone, 'public-phone-figures');
} catch (error) {
  await page?.screenshot({ path: join(root, 'failure.png') }).catch(() => undefined);
  console.error(`Dừng ở ${page?.url()} (ảnh: ${join(root, 'failure.png')})\n${platform.tail()}`);
  throw error;
} finally {
  await chromium.close();
  await platform.stop();
}
rmSync(root, { recursive: true, force: true });
const total = readdirSync(outDir)
  .filter((f) => f.endsWith('.png'))
  .reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);
console.log(`Đã ghi ảnh vào docs/images/ (tổng ${Math.round(total / 1024)} KB).`);
