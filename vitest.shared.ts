// Shared Vitest settings: every package's config spreads these, so CI gets one JSON report per package.
export const sharedTestConfig = {
  reporters: process.env.CI ? ['default', 'json'] : ['default'],
  outputFile: { json: 'test-output/vitest.json' },
};
