/**
 * `pnpm bench:site`: builds the site and its Pagefind index from a synthetic ten-year snapshot, then a bare
 * Astro site with the same number of trivial pages as the baseline. Each build runs in its own process;
 * peak RSS is sampled over the whole process tree (Node and the Pagefind binary) from /proc.
 * The last line is machine-read:
 *   bench:site pages=<n> seconds=<build+index s> pages_per_s=<n> baseline_ratio=<ours ÷ baseline> peak_rss_mb=<n>
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/env.ts';
import { countHtml } from './build-site.ts';
import { writeLargeSnapshot } from './large-snapshot.generator.ts';

const benchDir = path.join(packageRoot, '.bench');
const snapshotPath = path.join(benchDir, 'large-snapshot.json');
const siteDir = path.join(benchDir, 'site');
const baselineDir = path.join(benchDir, 'baseline');

function rssOfTree(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      total += pages * 4096;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, returning wall seconds and the peak RSS (MB) of its process tree. */
function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakMb: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: packageRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, rssOfTree(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} thất bại (${code}):\n${output}`));
      else resolve({ seconds, peakMb: peak / 1024 / 1024, output });
    });
  });
}

/** A bare Astro project rendering `pages` trivial pages from one dynamic route. */
function writeBaselineProject(pages: number): void {
  rmSync(baselineDir, { recursive: true, force: true });
  mkdirSync(path.join(baselineDir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    path.join(baselineDir, 'src', 'pages', '[slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: 'trang-' + i } }));
}
const { slug } = Astro.params;
---
<html lang="vi"><head><meta charset="utf-8" /><title>{slug}</title></head><body><h1>{slug}</h1><p>Trang {slug}.</p></body></html>
`,
  );
  writeFileSync(
    path.join(baselineDir, 'build.mjs'),
    `import { build } from 'astro';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = new URL('.', import.meta.url).pathname;
await build({ root, outDir: root + 'dist', logLevel: 'warn', site: 'http://localhost:4321' });
`,
  );
}

mkdirSync(benchDir, { recursive: true });
console.log('bench:site: tạo ảnh chụp dữ liệu 10 năm...');
const snapshot = writeLargeSnapshot(snapshotPath);
console.log(
  `  ${snapshot.reports.length} báo cáo, ${snapshot.tasks.length} nhiệm vụ, ${snapshot.listings.length} tin sàn giao dịch, ${snapshot.publications.length} ấn phẩm, ${snapshot.inspections.length} thanh tra, kiểm tra`,
);

// Best of N runs of each (default 2, `--runs=N`): the machine is shared, the fastest run is the least disturbed.
const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 2));
type Measured = Awaited<ReturnType<typeof measure>>;
const best = (all: Measured[]) => all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const oursRuns: Measured[] = [];
const baselineRuns: Measured[] = [];
let pages = 0;
for (let run = 1; run <= runs; run++) {
  console.log(`bench:site: lần ${run}/${runs}: dựng trang và chỉ mục tìm kiếm...`);
  // Both builds start from an empty output folder, as a publication's fresh work folder does.
  rmSync(siteDir, { recursive: true, force: true });
  const ours = await measure(process.execPath, ['scripts/build-site.ts'], {
    SNAPSHOT_PATH: snapshotPath,
    SITE_OUT_DIR: siteDir,
  });
  oursRuns.push(ours);
  pages = countHtml(siteDir);
  console.log(`  ${ours.output.trim().split('\n').pop()}; RSS đỉnh ${Math.round(ours.peakMb)} MB`);

  console.log(`bench:site: lần ${run}/${runs}: trang Astro tối giản với ${pages} trang (mốc so sánh)...`);
  writeBaselineProject(pages);
  const baseline = await measure(process.execPath, [path.join(baselineDir, 'build.mjs')], {});
  baselineRuns.push(baseline);
  const baselinePages = countHtml(path.join(baselineDir, 'dist'));
  console.log(
    `  ${baselinePages} trang trong ${baseline.seconds.toFixed(1)} giây, RSS đỉnh ${Math.round(baseline.peakMb)} MB`,
  );
}
const ours = best(oursRuns);
const baseline = best(baselineRuns);
const peakMb = Math.max(...oursRuns.map((r) => r.peakMb));

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
console.log(
  `bench:site pages=${pages} seconds=${round(ours.seconds)} pages_per_s=${Math.round(pages / ours.seconds)} baseline_ratio=${round(ours.seconds / baseline.seconds)} peak_rss_mb=${Math.round(peakMb)}`,
);
