// Shared Vitest settings: every package's config spreads these, so CI gets one JSON report per package.
export const sharedTestConfig = {
  reporters: process.env.CI ? ['default', 'json'] : ['default'],
  outputFile: { json: 'test-output/vitest.json' },
};

/**
 * How every test and script starts a browser: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), headless, with no background traffic (this network is closed). Pass to `chromium.launch()`.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
