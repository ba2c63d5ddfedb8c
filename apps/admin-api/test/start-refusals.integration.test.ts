/**
 * The API process refuses to start rather than guess or change the schema: production without DATABASE_URL,
 * a database a newer release migrated, a database not migrated yet. Each with one clear sentence and an exit
 * code the unit does not restart on (RestartPreventExitStatus=2 3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateTo } from '@khcn/db';
import { createTestDatabase, type TestDatabase } from '@khcn/db/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const mainScript = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function startApi(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [mainScript], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'error', PUBLISH_WORKER: '0', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

let t: TestDatabase;
let folder: string;
beforeEach(async () => {
  t = await createTestDatabase();
  folder = mkdtempSync(join(tmpdir(), 'khcn-api-refusal-'));
});
afterEach(async () => {
  await t.destroy();
});

/** The environment that reaches the test database: its URL on PostgreSQL, its folder on PGlite. */
async function databaseEnv(): Promise<Record<string, string>> {
  if (t.url) return { DATABASE_URL: t.url };
  // An embedded database has one owner: hand its folder over by dumping it to disk.
  const dir = join(folder, 'pglite');
  const dump = await t.pglite!.dumpDataDir('none');
  const { createDb } = await import('@khcn/db');
  const copy = await createDb({ dataDir: dir, loadDataDir: dump });
  await copy.close();
  return { PGLITE_DIR: dir };
}

describe('the admin API at start', () => {
  it('refuses to guess in production: no DATABASE_URL, no embedded database opened', () => {
    const pgliteDir = join(folder, 'should-not-exist');
    const result = startApi({
      NODE_ENV: 'production',
      PGLITE_DIR: pgliteDir,
      FILES_DIR: folder,
      SITE_ROOT: folder,
    });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('DATABASE_URL: chưa đặt');
    expect(existsSync(pgliteDir)).toBe(false);
  });

  it('refuses a database that a newer release migrated, naming the migration and the ways back', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('209901010000_from_a_newer_release', '2099-01-01T00:00:00Z')`.execute(
      t.db,
    );
    const result = startApi({ ...(await databaseEnv()), FILES_DIR: folder, SITE_ROOT: folder });
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toContain('Cơ sở dữ liệu mới hơn mã đang chạy');
    expect(result.stderr).toContain('209901010000_from_a_newer_release');
  });

  it('does not migrate at start: a database not yet migrated is refused with the command to run', async () => {
    await migrateTo(t.db, '202611270925_create_files');
    const result = startApi({ ...(await databaseEnv()), FILES_DIR: folder, SITE_ROOT: folder });
    expect(result.status, result.stderr).toBe(3);
    expect(result.stderr).toContain('khcn db:migrate');
    const tables = (await t.db.introspection.getTables()).map((x) => x.name);
    expect(tables).not.toContain('publications');
  });
});
