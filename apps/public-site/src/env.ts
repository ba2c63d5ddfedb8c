/**
 * The one place that reads process.env (conventions: env parsed once). Paths are resolved against the
 * current working directory, which is the package folder under `pnpm --filter @khcn/public-site ...`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  astroLogLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
};

const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export function readSiteEnv(env: NodeJS.ProcessEnv = process.env): SiteEnv {
  const nonEmpty = (v: string | undefined) => (v && v.trim().length > 0 ? v.trim() : undefined);
  const snapshot = nonEmpty(env.SNAPSHOT_PATH);
  const outDir = nonEmpty(env.SITE_OUT_DIR);
  const filesDir = nonEmpty(env.SNAPSHOT_FILES_DIR);
  return {
    snapshotPath: snapshot ? path.resolve(snapshot) : seedSnapshotPath,
    outDir: outDir ? path.resolve(outDir) : path.join(packageRoot, 'dist'),
    siteUrl: nonEmpty(env.SITE_URL),
    filesDir: filesDir ? path.resolve(filesDir) : undefined,
    usesSeed: !snapshot,
    astroLogLevel: logLevels.find((l) => l === env.ASTRO_LOG_LEVEL) ?? 'warn',
  };
}
