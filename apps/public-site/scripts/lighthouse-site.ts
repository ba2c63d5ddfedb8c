/**
 * `pnpm bench:lighthouse`: Lighthouse (mobile: its default Moto G Power emulation and simulated slow 4G) on
 * every page type of a site built from the rich synthetic snapshot (two years of reports with a correction,
 * tasks, listings, publications, inspections), served by the same static server as the tests. Chromium is
 * Debian's (CHROMIUM_PATH or /usr/bin/chromium), started by playwright-core with the shared launch options and
 * a DevTools port for Lighthouse. A benchmark, not a test: scores move with the machine's load, so each page
 * is scored RUNS times (default 3) and the median is kept. Targets: accessibility 100, performance and SEO
 * at least 95. The last line is machine-read:
 *   bench:lighthouse pages=<n> performance_min=<n> accessibility_min=<n> seo_min=<n> met=<yes|no>
 *
 *   node scripts/lighthouse-site.ts [--site <built site folder>]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, freePort } from '../../../vitest.shared.ts';
import { packageRoot } from '../src/env.ts';
import { createRichSnapshot } from '../test/support/fixtures.ts';
import { isNotFound, pageTypes } from '../test/support/page-types.ts';
import { serveStatic } from '../test/support/static-server.ts';

const categories = ['performance', 'accessibility', 'seo'] as const;
type Category = (typeof categories)[number];
const targets: Record<Category, number> = { performance: 95, accessibility: 100, seo: 95 };

const runs = Math.max(1, Number(process.env.RUNS ?? 3));
const siteArg = process.argv.indexOf('--site');
const workDir = mkdtempSync(path.join(os.tmpdir(), 'khcn-lighthouse-'));

function buildRichSite(): string {
  const input = path.join(workDir, 'input');
  const snapshotPath = path.join(input, 'snapshot.json');
  const snapshot = createRichSnapshot(path.join(input, 'files')); // writes the documents, creating the folder
  writeFileSync(snapshotPath, JSON.stringify(snapshot));
  const out = path.join(workDir, 'site');
  const built = spawnSync(process.execPath, ['scripts/build-site.ts'], {
    cwd: packageRoot,
    env: { ...process.env, SNAPSHOT_PATH: snapshotPath, SITE_OUT_DIR: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('Dựng trang thất bại');
  return out;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

try {
  const root = siteArg > 0 ? path.resolve(process.argv[siteArg + 1]!) : buildRichSite();
  const server = await serveStatic(root);
  const port = await freePort();
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, `--remote-debugging-port=${port}`],
  });
  const scores: Array<{ type: string; url: string } & Record<Category, number>> = [];
  try {
    for (const { type, url } of pageTypes.filter((p) => !isNotFound(p.url))) {
      const perRun: Record<Category, number[]> = { performance: [], accessibility: [], seo: [] };
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.url}${url}`, {
          port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...categories],
        });
        if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
        if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
        for (const c of categories) perRun[c].push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      }
      const row = {
        type,
        url,
        performance: median(perRun.performance),
        accessibility: median(perRun.accessibility),
        seo: median(perRun.seo),
      };
      scores.push(row);
      console.log(
        `${type.padEnd(24)} ${url.padEnd(42)} performance ${String(row.performance).padStart(3)} (${perRun.performance.join('/')})  accessibility ${String(row.accessibility).padStart(3)}  seo ${String(row.seo).padStart(3)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const min = (c: Category) => Math.min(...scores.map((s) => s[c]));
  const met = categories.every((c) => min(c) >= targets[c]);
  console.log(
    `bench:lighthouse pages=${scores.length} performance_min=${min('performance')} accessibility_min=${min('accessibility')} seo_min=${min('seo')} met=${met ? 'yes' : 'no'}`,
  );
  process.exitCode = met ? 0 : 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
