import { createServer } from 'node:net';
// Shared Vitest settings: every package's config spreads these, so CI gets one JSON report per package.
export const sharedTestConfig = {
  reporters: process.env.CI ? ['default', 'json'] : ['default'],
  // TEST_REPORT_NAME keeps a second pass of the same package (CI's PGlite pass) from overwriting the first.
  outputFile: { json: `test-output/${process.env.TEST_REPORT_NAME ?? 'vitest'}.json` },
};

/**
 * `expect.poll` in the tests that drive Chromium waits for what a page shows after a reload, an autosave or a
 * script: vitest's default second is too short on a two-core CI machine busy with the other packages' tests.
 */
export const browserExpect = { poll: { timeout: 20_000, interval: 100 } };

/**
 * The test settings of a package whose tests use the database: its tests beside the code and in `test/`, a global
 * setup that migrates the template database once (`test/global-setup.ts`), and room for slow database work.
 */
export function databaseTestConfig(options: { testTimeout?: number } = {}) {
  return {
    ...sharedTestConfig,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: options.testTimeout ?? 30_000,
    hookTimeout: 60_000,
  };
}

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

/** A loopback port nobody listens on right now (for a server a test or benchmark starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
