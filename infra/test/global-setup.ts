/**
 * Builds the real public site from the seed snapshot once, in the main process (Astro misbehaves inside a
 * Vitest worker, whose environment carries Vite's own variables), for the nginx test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup() {
  const siteDir = join(mkdtempSync(join(tmpdir(), 'khcn-infra-site-')), 'seed-site');
  const siteRoot = fileURLToPath(new URL('../../apps/public-site/', import.meta.url));
  const result = spawnSync(process.execPath, ['scripts/build-site.ts'], {
    cwd: siteRoot,
    env: { ...process.env, SNAPSHOT_PATH: '', SITE_OUT_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`Building the seed site failed:\n${result.stdout}\n${result.stderr}`);
  process.env.KHCN_SEED_SITE_DIR = siteDir;
}
