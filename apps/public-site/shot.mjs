import { chromium } from 'playwright-core';
const [, , url, out, w = '1280', h = '900', full = '1'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
