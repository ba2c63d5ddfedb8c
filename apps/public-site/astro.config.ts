import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { writeSeedSnapshot } from './scripts/write-seed-snapshot.ts';
import { loadSnapshot } from './src/data/load-snapshot.ts';
import { lastModifiedOf, pageLastModified } from './src/data/page-dates.ts';
import { siteModelOf } from './src/data/site-model.ts';
import { readSiteEnv } from './src/env.ts';

const env = readSiteEnv();
// The seed snapshot is made from code: written afresh each time, so it never lags behind the schema.
if (env.usesSeed) writeSeedSnapshot(env.snapshotPath);
// Validated here too, so even a bare `astro build` stops on a bad snapshot before writing anything.
const snapshot = loadSnapshot(env.snapshotPath);

// The sitemap's lastmod comes from the data (approval times), computed once, after the pages are built
// (the model is the one the pages used).
let pageDates: Map<string, string> | undefined;
const lastModified = (url: string) => {
  pageDates ??= pageLastModified(siteModelOf(snapshot, env.siteUrl));
  return lastModifiedOf(pageDates, new URL(url).pathname);
};

export default defineConfig({
  site: env.siteUrl ?? snapshot.site.siteUrl,
  outDir: env.outDir,
  // Caches under the data folder (CACHE_DIR), never node_modules/.astro or node_modules/.vite in the code folder.
  cacheDir: path.join(env.cacheDir, 'astro'),
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    sitemap({
      serialize: (item) => {
        const lastmod = lastModified(item.url);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
  devToolbar: { enabled: false },
  // Scripts stay external files (no inline script, so a strict CSP holds).
  vite: { cacheDir: path.join(env.cacheDir, 'vite'), build: { assetsInlineLimit: 0 } },
});
