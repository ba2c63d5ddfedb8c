import { defineConfig } from 'vitest/config';
import { browserExpect, sharedTestConfig } from '../../vitest.shared.ts';

/**
 * The end-to-end test (e2e/*.e2e.test.ts): the real platform in temporary folders, driven in Chromium.
 * Run by the `test:e2e` turbo task, which builds the admin app first. Its JSON report has its own name so
 * it does not overwrite the unit tests' report.
 */
export default defineConfig({
  test: {
    ...sharedTestConfig,
    outputFile: { json: 'test-output/vitest-e2e.json' },
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 200_000,
    expect: browserExpect,
  },
});
