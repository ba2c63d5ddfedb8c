/**
 * The site build's configuration, from @khcn/config (the one module that reads process.env). Paths are resolved
 * against the current working directory, which is the package folder under `pnpm --filter @khcn/public-site ...`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, loadSiteBuildConfig } from '@khcn/config';

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const seedSnapshotPath = path.join(packageRoot, '.snapshot', 'seed.json');

export type SiteEnv = {
  /** Absolute path of the publication snapshot JSON; the seed snapshot when SNAPSHOT_PATH is unset. */
  snapshotPath: string;
  /** Absolute output folder (SITE_OUT_DIR, default dist/). */
  outDir: string;
  /** Absolute site URL override (SITE_URL); otherwise the snapshot's site.siteUrl. */
  siteUrl: string | undefined;
  /** Folder holding the snapshot's `files/...` documents (SNAPSHOT_FILES_DIR), when they are to be copied. */
  filesDir: string | undefined;
  /** True when SNAPSHOT_PATH is unset and the seed snapshot is used. */
  usesSeed: boolean;
  /** Astro's log level in the build's child process (ASTRO_LOG_LEVEL, set by the build script). */
  astroLogLevel: Config['siteBuild']['astroLogLevel'];
  /** Astro's and Vite's caches (CACHE_DIR): outside the code folder, which is read-only in production. */
  cacheDir: string;
  /** Where the validation step leaves the build plan (BUILD_PLAN_PATH, set by the build script). */
  planPath: string | undefined;
};

export function readSiteEnv(config: Config = loadSiteBuildConfig()): SiteEnv {
  const { siteBuild } = config;
  return {
    snapshotPath: siteBuild.snapshotPath ?? seedSnapshotPath,
    outDir: siteBuild.outDir ?? path.join(packageRoot, 'dist'),
    siteUrl: config.siteUrl,
    filesDir: siteBuild.filesDir,
    usesSeed: !siteBuild.snapshotPath,
    astroLogLevel: siteBuild.astroLogLevel,
    cacheDir: path.join(config.cacheDir, 'site-build'),
    planPath: siteBuild.planPath,
  };
}
