import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, createTestDatabase, findEditionById, migrateToLatest, seedDatabase } from '@khcn/db';
import { seed } from '@khcn/domain';
import { describe, expect, it } from 'vitest';

const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));
const now = new Date('2024-12-05T03:00:00Z');

function run(name: string, args: string[], env: Record<string, string>) {
  return execFileSync('bash', [script(name), ...args], {
    env: { PATH: process.env.PATH!, ...env },
    encoding: 'utf8',
  });
}

async function countRows(db: Awaited<ReturnType<typeof createDb>>['db']) {
  const [reports, records, audit, users] = await Promise.all([
    db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    reports: Number(reports.n),
    records: Number(records.n),
    audit: Number(audit.n),
    users: Number(users.n),
  };
}

describe('backup.sh and restore.sh', () => {
  it(`round-trip the ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded'} database and the stored files`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'khcn-backup-'));
    const filesDir = join(work, 'files');
    mkdirSync(join(filesDir, 'ab'), { recursive: true });
    writeFileSync(join(filesDir, 'ab', 'abc.bin'), 'nội dung tệp');
    const backups = join(work, 'backups');

    let sourceEnv: Record<string, string>;
    let targetEnv: Record<string, string>;
    let openTarget: () => Promise<Awaited<ReturnType<typeof createDb>>>;
    let before: Awaited<ReturnType<typeof countRows>>;
    const cleanups: Array<() => Promise<void>> = [];

    if (process.env.DATABASE_URL) {
      const source = await createTestDatabase();
      const target = await createTestDatabase();
      cleanups.push(source.destroy, target.destroy);
      await seedDatabase(source.db, { now, withDemoUsers: true });
      before = await countRows(source.db);
      sourceEnv = { DATABASE_URL: source.url! };
      targetEnv = { DATABASE_URL: target.url! };
      await target.close();
      openTarget = () => createDb({ url: target.url!, poolSize: 1 });
    } else {
      const sourceDir = join(work, 'pglite-source');
      const handle = await createDb({ dataDir: sourceDir });
      await migrateToLatest(handle.db);
      await seedDatabase(handle.db, { now, withDemoUsers: true });
      before = await countRows(handle.db);
      await handle.close();
      const targetDir = join(work, 'pglite-target');
      sourceEnv = { PGLITE_DIR: sourceDir };
      targetEnv = { PGLITE_DIR: targetDir };
      openTarget = () => createDb({ dataDir: targetDir });
    }

    try {
      const written = run('backup.sh', [backups], { ...sourceEnv, FILES_DIR: filesDir })
        .trim()
        .split('\n');
      expect(written).toHaveLength(2);
      expect(readdirSync(backups)).toContain('SHA256SUMS');

      const restoredFiles = join(work, 'restored-files');
      const output = run('restore.sh', [written[0]!, written[1]!], {
        ...targetEnv,
        FILES_DIR: restoredFiles,
      });
      expect(output).toContain('restore: done');
      expect(readdirSync(join(restoredFiles, 'ab'))).toEqual(['abc.bin']);

      const restored = await openTarget();
      try {
        expect(await countRows(restored.db)).toEqual(before);
        const edition = await findEditionById(restored.db, 'edition-2024-11-1');
        expect(edition!.edition.content).toEqual(seed.seedContent());
        expect(edition!.edition.status).toBe('approved');
      } finally {
        await restored.close();
      }
    } finally {
      for (const c of cleanups) await c();
    }
  });

  it('refuses an archive whose checksum does not match', () => {
    const work = mkdtempSync(join(tmpdir(), 'khcn-backup-bad-'));
    const archive = join(work, 'khcn-pglite-20240101T000000Z.tar.gz');
    writeFileSync(archive, 'not the archive that was backed up');
    writeFileSync(join(work, 'SHA256SUMS'), `${'0'.repeat(64)}  khcn-pglite-20240101T000000Z.tar.gz\n`);
    expect(() => run('restore.sh', [archive], { PGLITE_DIR: join(work, 'target') })).toThrow();
  });
});
