import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { decodeHtmlEntities, findBrokenLinks, type PublicSnapshot } from '@khcn/domain';

/** What a build must contain, taken from the snapshot before the build (so the snapshot can be let go). */
export type BuildExpectation = { reportPeriods: string[]; minimumPages: number };

export function expectationOf(snapshot: PublicSnapshot): BuildExpectation {
  return {
    reportPeriods: snapshot.reports.map((r) => r.period),
    minimumPages:
      snapshot.reports.length +
      snapshot.tasks.length +
      snapshot.listings.length +
      snapshot.publications.length +
      snapshot.inspections.length,
  };
}

export type BuildCheckResult = { pageCount: number; problems: string[] };

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

const textFile = /\.(html|json|csv|xml|txt|js)$/;

/**
 * Checks a built site before it may go live: every internal link resolves; every approved report has its page
 * and the page count covers the snapshot's records; and no canary text (text that exists only in drafts or
 * unapproved editions, or in records no approved edition links) appears in any output file.
 */
export async function checkBuild(
  siteDir: string,
  expected: BuildExpectation,
  canaries: readonly string[],
): Promise<BuildCheckResult> {
  const files = await listFiles(siteDir);
  const fileSet = new Set(files);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const pages = new Map<string, string>();
  for (const f of htmlFiles) pages.set(f, await readFile(join(siteDir, f), 'utf8'));
  const problems: string[] = [];

  const broken = findBrokenLinks(pages, fileSet);
  for (const b of broken.slice(0, 20)) problems.push(`Liên kết hỏng: ${b.link} trên trang ${b.page}`);
  if (broken.length > 20) problems.push(`… và ${broken.length - 20} liên kết hỏng khác`);

  for (const period of expected.reportPeriods) {
    if (!fileSet.has(`bao-cao/${period}/index.html`)) problems.push(`Thiếu trang báo cáo ${period}`);
  }
  if (htmlFiles.length < expected.minimumPages) {
    problems.push(`Số trang (${htmlFiles.length}) ít hơn số mục cần công khai (${expected.minimumPages})`);
  }

  if (canaries.length > 0) {
    for (const f of files.filter((x) => textFile.test(x))) {
      const raw = pages.get(f) ?? (await readFile(join(siteDir, f), 'utf8'));
      const text = decodeHtmlEntities(raw).normalize('NFC');
      const leaked = canaries.find((c) => text.includes(c));
      if (leaked) problems.push(`Nội dung chưa phê duyệt xuất hiện trong ${f}: "${leaked.slice(0, 60)}…"`);
    }
  }
  return { pageCount: htmlFiles.length, problems };
}
