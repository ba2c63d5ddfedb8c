/**
 * Screenshots of the built site (dist/ or SITE_OUT_DIR) into test-output/, to look at the pages:
 *   node scripts/take-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { readSiteEnv, packageRoot } from '../src/env.ts';
import { launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const env = readSiteEnv();
const out = path.join(packageRoot, 'test-output');
mkdirSync(out, { recursive: true });
const server = await serveStatic(env.outDir);
const browser = await launchChromium();
const shots: Array<[string, string, number]> = [
  ['home', '/', 1280],
  ['report', '/bao-cao/2024-11/', 1280],
  ['task', '/nhiem-vu/task-ntmn-biofloc/', 1280],
  ['task-phone', '/nhiem-vu/task-ntmn-biofloc/', 390],
  ['tasks-list', '/nhiem-vu/', 1280],
  ['tasks-list-phone', '/nhiem-vu/', 390],
  ['home-phone', '/', 390],
  ['report-phone', '/bao-cao/2024-11/', 390],
  ['figures-phone', '/so-lieu/', 390],
  ['search', '/tim-kiem/?q=duong', 1280],
  ['figures', '/so-lieu/', 1280],
  ['figure', '/so-lieu/metrology-instruments-inspected/', 1280],
  ['inspection', '/thanh-tra-kiem-tra/check-2024-11-eye-clinics/', 1280],
  ['open-data', '/du-lieu-mo/', 1280],
  ...(process.argv.slice(2).map((p, i) => [`extra-${i}`, p, 1280]) as Array<[string, string, number]>),
];
for (const [name, url, width] of shots) {
  // A phone (390 px) is shot at a phone's height, one screen: what it shows before any scrolling.
  const phone = width < 500;
  const page = await browser.newPage({ viewport: { width, height: phone ? 844 : 900 } });
  await page.goto(`${server.url}${url}`);
  await page.waitForTimeout(name === 'search' ? 1000 : 100);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: !phone && name !== 'report' });
  await page.close();
  console.log(`test-output/${name}.png`);
}
await browser.close();
await server.close();
