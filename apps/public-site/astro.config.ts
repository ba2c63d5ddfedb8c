import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { writeSeedSnapshot } from './scripts/write-seed-snapshot.ts';
import { loadSnapshot } from './src/data/load-snapshot.ts';
import { readSiteEnv } from './src/env.ts';

const env = readSiteEnv();
// The seed snapshot is made from code: written afresh each time, so it never lags behind the schema.
if (env.usesSeed) writeSeedSnapshot(env.snapshotPath);
// Validated here too, so even a bare `astro build` stops on a bad snapshot before writing anything.
const snapshot = loadSnapshot(env.snapshotPath);

export default defineConfig({
  site: env.siteUrl ?? snapshot.site.siteUrl,
  outDir: env.outDir,
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
  // Scripts stay external files (no inline script, so a strict CSP holds).
  vite: { build: { assetsInlineLimit: 0 } },
});
