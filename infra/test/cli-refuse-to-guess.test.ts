/**
 * With NODE_ENV=production (the units and the env file set it) a command without DATABASE_URL stops with one
 * clear message instead of opening an embedded database inside the code folder; the same for the API and the
 * worker. The embedded database's folder is never created.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const commands: Array<[string, string[]]> = [
  ['packages/db/src/cli/migrate.ts', []],
  ['packages/db/src/cli/create-admin.ts', ['--username', 'quantri']],
  ['packages/db/src/cli/seed.ts', []],
  ['packages/publisher/src/cli/site-publish.ts', []],
  ['packages/publisher/src/cli/site-status.ts', []],
  ['packages/publisher/src/cli/site-rollback.ts', ['some-publication']],
  ['packages/publisher/src/cli/publish-worker.ts', []],
  ['packages/report-document/src/cli/export-report.ts', ['--period', '2024-11', '--out', 'x.docx']],
  ['packages/config/src/cli/check-config.ts', []],
  ['apps/admin-api/src/main.ts', []],
];

describe('in production, every process refuses to guess', () => {
  it.each(commands)('%s stops with exit 2 naming DATABASE_URL, FILES_DIR and SITE_ROOT', (script, args) => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-guess-'));
    const pgliteDir = join(dir, 'pglite');
    const result = spawnSync(process.execPath, [join(repoRoot, script), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PGLITE_DIR: pgliteDir },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('Cấu hình không hợp lệ');
    for (const name of ['DATABASE_URL: chưa đặt', 'FILES_DIR: chưa đặt', 'SITE_ROOT: chưa đặt'])
      expect(result.stderr).toContain(name);
    expect(existsSync(pgliteDir)).toBe(false);
  });
});
