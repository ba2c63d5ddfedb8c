/**
 * The newcomer's journey, end to end, against the processes `pnpm start` runs (temporary folders, free ports):
 * an editor starts December 2024 from November, edits a section's narrative and a figure, submits; a leader
 * approves; the publication goes live; the public site shows the report, the figure and the search entry.
 * Every admin screen on the way is checked with axe-core (WCAG 2.1 A/AA). Then the platform stops cleanly and
 * a second start on the same folders serves the same site without seeding again.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationPipelineStages, publicationStatusLabels } from '@khcn/domain';
import { chooseOption, signIn, signOut, waitForAutosave } from './admin-app.steps.ts';
import {
  type ChromiumSession,
  findAccessibilityViolations,
  findEnglishLabels,
  launchChromium,
  openDesktopPage,
  type Page,
} from './browser.session.ts';
import {
  findFreePort,
  type Platform,
  type PlatformFolders,
  repoRoot,
  startPlatform,
} from './platform.process.ts';

/** The sentence the editor types; its words with đ are searched for without tones ("duong", "dien"). */
const sentence =
  'Trong tháng 12, Sở đã khảo sát tuyến đường thử nghiệm xe điện tự hành tại Khu đại học Phố Hiến, cụ thể:';
const searchWords = 'duong thu nghiem xe dien tu hanh';
/** A year-to-date figure with a qualifier, as other departments write them. */
const ytdSentence = 'Lũy kế từ đầu năm 2024, Trung tâm đã phát hành hơn 9.800 cuốn ấn phẩm KH&CN các loại.';
const failureShot = join(repoRoot, 'apps/admin-web/test-output/e2e-failure.png');

let folders: PlatformFolders & { root: string };
let apiPort: number;
let sitePort: number;
let platform: Platform | null = null;
let chromium: ChromiumSession | null = null;

/** Runs one step of the journey; a failure names the step, the page and the platform's last output. */
async function step<T>(name: string, page: Page | null, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (page) {
      mkdirSync(join(failureShot, '..'), { recursive: true });
      await page.screenshot({ path: failureShot, fullPage: true }).catch(() => undefined);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Step "${name}" failed${page ? ` at ${page.url()} (screenshot: ${failureShot})` : ''}: ${message}\n${
        platform?.tail() ?? ''
      }`,
      { cause: error },
    );
  }
}

/**
 * axe-core on the screen as shown, and no English in its accessible names or placeholders; soft, so the journey
 * goes on and every screen's findings are reported.
 */
async function checkAccessibility(page: Page, screen: string) {
  const violations = await findAccessibilityViolations(page);
  expect.soft(violations, `WCAG 2.1 AA violations on "${screen}" (${page.url()})`).toEqual([]);
  expect.soft(await findEnglishLabels(page), `English labels on "${screen}" (${page.url()})`).toEqual([]);
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'khcn-e2e-'));
  folders = {
    root,
    pgliteDir: join(root, 'pglite'),
    siteRoot: join(root, 'site'),
    filesDir: join(root, 'files'),
  };
  apiPort = await findFreePort();
  sitePort = await findFreePort();
  platform = await startPlatform({ folders, apiPort, sitePort });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
  if (folders) rmSync(folders.root, { recursive: true, force: true });
});

describe('the monthly cycle on the platform `pnpm start` runs', () => {
  it('takes December 2024 from November to the public site: edit, submit, approve, publish, search', async () => {
    const p = platform!;
    expect(p.output(), 'first start seeds the embedded database').toContain('Nạp dữ liệu mẫu');
    expect(p.usernames, 'the ready message lists the demo accounts').toEqual(
      expect.arrayContaining(['chuyenvien', 'lanhdao']),
    );
    const page = await openDesktopPage(chromium!.browser);
    const { adminUrl, siteUrl, password } = p;

    await step('editor signs in', page, async () => {
      await page.goto(adminUrl);
      await page.getByRole('heading', { name: 'Đăng nhập hệ thống quản trị' }).waitFor();
      await checkAccessibility(page, 'Đăng nhập');
      await signIn(page, adminUrl, 'chuyenvien', password);
      await page.getByText('Xin chào Trần Thị Minh').waitFor();
      await checkAccessibility(page, 'Tổng quan (chuyên viên)');
    });

    await step('editor starts December 2024 from November', page, async () => {
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Báo cáo tháng' })
        .click();
      await page.getByRole('heading', { name: 'Báo cáo tháng 12 năm 2024 chưa được tạo' }).waitFor();
      await checkAccessibility(page, 'Báo cáo tháng');
      await page.getByRole('button', { name: 'Bắt đầu tháng này từ tháng trước' }).click();
      await page.waitForURL(/\/reports\/2024-12/);
      await page.getByRole('heading', { name: 'Báo cáo tháng 12 năm 2024', exact: true }).waitFor();
      await page.getByRole('navigation', { name: 'Đề cương báo cáo' }).waitFor();
    });

    await step('editor edits section 1.1: narrative and a figure, autosaved', page, async () => {
      await page
        .getByRole('navigation', { name: 'Đề cương báo cáo' })
        .getByText('Hoạt động triển khai, đánh giá, nghiệm thu nhiệm vụ KH&CN')
        .click();
      const first = page.getByRole('textbox', { name: /^Khối 1/ });
      await first.waitFor();
      await checkAccessibility(page, 'Soạn báo cáo: lời văn');
      await first.fill(sentence);
      await waitForAutosave(page);

      // The figure: 07 tasks checked in November, 09 in December - in the narrative and in the figures.
      const list = page.getByRole('textbox', { name: /^Khối 2/ });
      const november = await list.inputValue();
      expect(november, 'December starts with November’s narrative').toContain('đối với 07 nhiệm vụ KH&CN');
      await list.fill(november.replace('đối với 07 nhiệm vụ KH&CN', 'đối với 09 nhiệm vụ KH&CN'));
      await page.getByRole('tab', { name: /Số liệu/ }).click();
      const figure = page.getByRole('group', { name: 'Số liệu 2' });
      await figure.getByLabel('Giá trị').fill('9');
      await figure.getByLabel('Cách ghi trong văn bản').fill('09');
      await checkAccessibility(page, 'Soạn báo cáo: số liệu');
      await waitForAutosave(page);
      await expect
        .poll(() => page.getByText(/lời văn ghi/).count(), { message: 'no reconciliation finding left' })
        .toBe(0);

      // Saved on the server, not only on this machine: a fresh load shows the same content.
      await page.reload();
      await expect.poll(() => page.getByRole('textbox', { name: /^Khối 1/ }).inputValue()).toBe(sentence);
      await page.getByRole('tab', { name: /Số liệu/ }).click();
      expect(await page.getByRole('group', { name: 'Số liệu 2' }).getByLabel('Giá trị').inputValue()).toBe(
        '9',
      );
    });

    await step('editor adds a year-to-date figure typed key by key: "hơn 9.800" copies', page, async () => {
      await page
        .getByRole('navigation', { name: 'Đề cương báo cáo' })
        .getByText('Hoạt động thông tin KH&CN')
        .click();
      await page.getByRole('tab', { name: /Lời văn/ }).click();
      await page.getByRole('button', { name: 'Thêm đoạn văn' }).click();
      const blocks = page.getByRole('textbox', { name: /^Khối \d+/ });
      await blocks.last().fill(ytdSentence);
      await page.getByRole('tab', { name: /Số liệu/ }).click();
      await page.getByRole('button', { name: 'Thêm số liệu' }).click();
      const figure = page.getByRole('group', { name: /^Số liệu \d+$/ }).last();
      await figure.getByLabel('Chỉ tiêu').fill('Bản tin KH&CN in');
      await chooseOption(page, figure.getByLabel('Chỉ tiêu'), 'Bản tin KH&CN in (cuốn)');
      expect(await figure.getByLabel('Chỉ tiêu').inputValue()).toBe('Bản tin KH&CN in (cuốn)');
      await figure.getByLabel('Giá trị').pressSequentially('9.800');
      expect(await figure.getByLabel('Giá trị').inputValue()).toBe('9.800');
      await figure.getByLabel('Cách ghi trong văn bản').fill('9.800');
      await figure.getByLabel('Kỳ của số liệu').click();
      await chooseOption(page, figure.getByLabel('Kỳ của số liệu'), 'Lũy kế từ đầu năm');
      expect(await figure.getByLabel('Kỳ của số liệu').inputValue()).toBe('Lũy kế từ đầu năm');
      await figure.getByLabel('Từ đứng trước số liệu').fill('đã phát hành');
      await figure.getByLabel('Từ đứng sau số liệu').fill('cuốn ấn phẩm');
      // The qualifier is the text's own word, read from the narrative.
      await figure.getByText('Lấy từ lời văn: “hơn”').waitFor();
      await checkAccessibility(page, 'Soạn báo cáo: số liệu lũy kế');
      await waitForAutosave(page);
      await expect
        .poll(() => page.getByText(/lời văn ghi|lời văn nói/).count(), {
          message: 'no finding on the new figure',
        })
        .toBe(0);
    });

    await step('editor submits to the leader', page, async () => {
      await page.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
      const dialog = page.getByRole('dialog', { name: 'Trình báo cáo tháng 12 năm 2024?' });
      await dialog.waitFor();
      await checkAccessibility(page, 'Xác nhận trình báo cáo');
      const confirm = dialog.getByRole('button', { name: 'Trình duyệt' });
      expect(await confirm.isEnabled(), `submit is blocked: ${await dialog.textContent()}`).toBe(true);
      await confirm.click();
      await page.getByText('Đã trình báo cáo cho lãnh đạo Sở.').waitFor();
      await page.getByText('Báo cáo đã trình, đang chờ lãnh đạo Sở xem xét.', { exact: false }).waitFor();
      await signOut(page);
    });

    await step('leader opens the report and approves it', page, async () => {
      await signIn(page, adminUrl, 'lanhdao', password);
      await checkAccessibility(page, 'Tổng quan (lãnh đạo)');
      await page
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Báo cáo tháng' })
        .click();
      await page.getByRole('link', { name: 'Báo cáo tháng 12 năm 2024' }).click();
      await page.getByRole('heading', { name: 'Báo cáo tháng 12 năm 2024', exact: true }).waitFor();
      await page.getByRole('navigation', { name: 'Đề cương báo cáo' }).waitFor();
      await checkAccessibility(page, 'Báo cáo đã trình (lãnh đạo)');
      await page.getByRole('button', { name: 'Phê duyệt và công khai' }).click();
      const dialog = page.getByRole('dialog', { name: 'Phê duyệt báo cáo tháng 12 năm 2024?' });
      await dialog.getByText('Phê duyệt sẽ công khai báo cáo trên cổng thông tin').waitFor();
      // What was carried over from November and not changed is listed before approving.
      await dialog.getByText(/Cảnh báo đối chiếu số liệu \(\d+; \d+ đã được kiểm tra\)/).waitFor();
      await dialog
        .getByText(/còn nhắc “tháng 11”/)
        .first()
        .waitFor();
      await checkAccessibility(page, 'Xác nhận phê duyệt');
      await dialog.getByRole('button', { name: 'Phê duyệt và công khai' }).click();
      await page.getByText(/Đã phê duyệt: Số \d+\/BC-SKHCN/).waitFor({ timeout: 30_000 });
    });

    await step('the publication advances stage by stage and goes live', page, async () => {
      await page.getByRole('link', { name: 'Theo dõi xuất bản' }).click();
      await page.getByRole('heading', { name: 'Xuất bản cổng thông tin' }).waitFor();
      const card = page.getByRole('region').filter({ hasText: 'Sau khi phê duyệt báo cáo' }).first();
      await card.waitFor();
      await checkAccessibility(page, 'Xuất bản cổng thông tin (đang chạy)');
      // The card's badge names its stage; the page polls the server every 1.5 s while it runs.
      const badge = card.locator('.mantine-Badge-label').first();
      const seen: string[] = [];
      const deadline = Date.now() + 150_000;
      while (Date.now() < deadline) {
        const stage = ((await badge.textContent()) ?? '').trim();
        if (seen.at(-1) !== stage) seen.push(stage);
        if (/Đang công khai|Lỗi/i.test(stage)) break;
        await page.waitForTimeout(400);
      }
      console.info(`publication stages seen: ${seen.join(' → ')}`);
      const last = seen.at(-1) ?? '';
      expect(last, `stages seen: ${seen.join(' → ')}\n${await card.textContent()}`).toMatch(
        /Đang công khai/i,
      );
      const running = ['queued' as const, ...publicationPipelineStages].map(
        (s) => publicationStatusLabels[s],
      );
      const order = seen
        .slice(0, -1)
        .map((s) => running.findIndex((r) => r.toLowerCase() === s.toLowerCase()));
      expect(
        order.length,
        `a running stage was shown before live (seen: ${seen.join(' → ')})`,
      ).toBeGreaterThan(0);
      expect(order, `stages only move forward (seen: ${seen.join(' → ')})`).toEqual(
        [...order].sort((a, b) => a - b),
      );
      expect(order).not.toContain(-1);
      await page
        .getByRole('status')
        .filter({ hasText: /Bản đang công khai: lượt #\d+/ })
        .waitFor();
      await checkAccessibility(page, 'Xuất bản cổng thông tin (đã công khai)');
    });

    await step(
      'the public site shows the December report, its figure and its search entry',
      page,
      async () => {
        await page.goto(siteUrl);
        await page
          .getByRole('link', { name: /tháng 12 năm 2024/i })
          .first()
          .waitFor();
        await page.goto(`${siteUrl}/bao-cao/2024-12/`);
        await page.getByRole('heading', { level: 1, name: /tháng 12 năm 2024/i }).waitFor();
        await page.getByText(sentence).waitFor();
        await page.getByText('đối với 09 nhiệm vụ KH&CN', { exact: false }).first().waitFor();
        const row = page
          .getByRole('table', { name: /Số liệu mục 1\.1\./ })
          .getByRole('row', { name: /được kiểm tra, đánh giá quá trình thực hiện/ });
        await expect
          .poll(() =>
            row
              .getByRole('cell')
              .nth(1)
              .textContent()
              .then((t) => t?.trim()),
          )
          .toBe('09');

        // The year-to-date figure: as the report states it, with its word, labelled, never summed into a
        // bare number (its month figure 1.000 + 9.800 would be the false "10.800").
        await page.goto(`${siteUrl}/so-lieu/information-bulletin-copies/`);
        await page.getByRole('heading', { level: 1, name: 'Bản tin KH&CN in' }).waitFor();
        const lead = (await page.locator('.lead').first().textContent()) ?? '';
        expect(lead).toContain('Lũy kế năm 2024: hơn 9.800 cuốn (số lũy kế theo báo cáo)');
        const html = await page.content();
        expect(html).not.toContain('10.800');
        const source = page.getByRole('link', { name: 'hơn 9.800' }).first();
        await source.click();
        await page.waitForURL(/\/bao-cao\/2024-12\/#so-lieu-a-iii-4-\d+$/);
        const highlighted = page.locator(
          '.figure-source:target, .figure-source:has(> .figure-anchor:target)',
        );
        expect(await highlighted.textContent()).toContain('hơn 9.800 cuốn ấn phẩm');
        await page.goto(`${siteUrl}/so-lieu/`);
        const indexRow = page.getByRole('row', { name: /Bản tin KH&CN in/ });
        expect(await indexRow.textContent()).toContain('hơn 9.800');

        await page.goto(`${siteUrl}/tim-kiem/`);
        await page.getByRole('status').filter({ hasText: 'Nhập từ khóa để tìm kiếm.' }).waitFor();
        await page.getByLabel('Từ khóa').fill(searchWords);
        await page.getByRole('button', { name: 'Tìm', exact: true }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /Tìm thấy \d+ kết quả|Không tìm thấy/ })
          .waitFor();
        const results = await page
          .locator('#ket-qua-tim-kiem li a')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(results, `search "${searchWords}" finds the December report`).toContain('/bao-cao/2024-12/');
      },
    );
    await page.context().close();
  });

  it('stops cleanly on SIGTERM, and a second start on the same folders serves the site without seeding', async () => {
    const first = platform!;
    const exit = await first.stop();
    expect(exit, `first run's exit\n${first.tail()}`).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('Đã dừng.');
    // No orphan: the admin API (a child process) no longer answers.
    await expect(
      fetch(`${first.adminUrl}/readyz`),
      'the admin API still answers after the stop',
    ).rejects.toThrow();

    platform = await startPlatform({ folders, apiPort, sitePort });
    const second = platform;
    expect(second.output(), 'second start does not seed again').not.toContain('Nạp dữ liệu mẫu');
    expect(second.output(), 'second start does not publish again').not.toContain('Đã xếp lịch xuất bản');
    const december = await fetch(`${second.siteUrl}/bao-cao/2024-12/`);
    expect(december.status, 'the December report is still served after a restart').toBe(200);
    expect(await december.text()).toContain('xe điện tự hành');
    expect((await fetch(`${second.adminUrl}/readyz`)).status).toBe(200);
    const exitAgain = await second.stop();
    expect(exitAgain, `second run's exit\n${second.tail()}`).toEqual({ code: 0, signal: null });
  });
});
