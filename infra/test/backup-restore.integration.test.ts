import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type Database, findEditionById, migrateToLatest } from '@khcn/db';
import { createTestDatabase } from '@khcn/db/testing';
import { seedDatabase } from '@khcn/db/seed';
import { sql } from 'kysely';
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

  it('keeps backups owner-only and refuses a folder others (the service) can write', () => {
    const work = mkdtempSync(join(tmpdir(), 'khcn-backup-modes-'));
    const pglite = join(work, 'pglite');
    mkdirSync(pglite);
    writeFileSync(join(pglite, 'PG_VERSION'), '17');
    const backups = join(work, 'backups');
    const written = run('backup.sh', [backups], { PGLITE_DIR: pglite }).trim().split('\n');
    expect(statSync(backups).mode & 0o777).toBe(0o700);
    for (const file of [...written, join(backups, 'SHA256SUMS')])
      expect(statSync(file).mode & 0o777, file).toBe(0o600);

    const shared = join(work, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o775);
    expect(() => run('backup.sh', [shared], { PGLITE_DIR: pglite })).toThrow(/can be written by others/);
  });

  it('prunes to the last 30 days and the first backup of each of the last 12 months', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-prune-'));
    const stamps = [
      '20230105T020000Z', // 2023-01: past the 12 months
      '20240101T020000Z', // 2024-01: first of its month, past the 12 months (today is 2025-01-20)
      '20240201T020000Z', // 2024-02: first of the month, kept
      '20240215T020000Z', // 2024-02: not the first, deleted
      '20241201T020000Z', // 2024-12: first of the month
      '20241219T020000Z', // 2024-12-19: 32 days old, not the first: deleted
      '20241221T020000Z', // 2024-12-21: within 30 days
      '20250120T020000Z', // today
    ];
    for (const s of stamps) {
      writeFileSync(join(dir, `khcn-db-${s}.dump`), s);
      writeFileSync(join(dir, `khcn-files-${s}.tar.gz`), s);
    }
    writeFileSync(
      join(dir, 'SHA256SUMS'),
      `${stamps
        .flatMap((s) => [`${'a'.repeat(64)}  khcn-db-${s}.dump`, `${'b'.repeat(64)}  khcn-files-${s}.tar.gz`])
        .join('\n')}\n`,
    );
    run('prune-backups.sh', [dir], { PRUNE_TODAY: '2025-01-20' });
    const kept = ['20240201T020000Z', '20241201T020000Z', '20241221T020000Z', '20250120T020000Z'];
    expect(readdirSync(dir).sort()).toEqual(
      ['SHA256SUMS', ...kept.flatMap((s) => [`khcn-db-${s}.dump`, `khcn-files-${s}.tar.gz`])].sort(),
    );
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(8);
    for (const s of kept) expect(sums.join('\n')).toContain(s);
  });

  it(`restore drill (${process.env.DATABASE_URL ? 'PostgreSQL: the database is dropped and restore creates it' : 'embedded'}): every table's rows and checksum, and every file, come back`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'khcn-drill-'));
    const filesDir = join(work, 'files');
    mkdirSync(join(filesDir, 'cd'), { recursive: true });
    writeFileSync(join(filesDir, 'cd', 'bao-cao.docx'), Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3, 4]));
    const backups = join(work, 'backups');
    let env: Record<string, string> = {};
    let open: () => Promise<Awaited<ReturnType<typeof createDb>>>;
    let before: TableFingerprints;
    let dropSource: () => Promise<void>;
    if (process.env.DATABASE_URL) {
      const source = await createTestDatabase();
      await seedDatabase(source.db, { now, withDemoUsers: true });
      before = await fingerprintTables(source.db);
      const url = source.url!;
      env = { DATABASE_URL: url, ADMIN_DATABASE_URL: withDatabase(url, 'postgres') };
      open = () => createDb({ url, poolSize: 1 });
      dropSource = () => source.destroy();
      const written = run('backup.sh', [backups], { ...env, FILES_DIR: filesDir })
        .trim()
        .split('\n');
      await dropSource();
      const output = run('restore.sh', written, { ...env, FILES_DIR: join(work, 'restored-files') });
      expect(output).toContain('creating it');
    } else {
      const dataDir = join(work, 'pglite');
      const handle = await createDb({ dataDir });
      await migrateToLatest(handle.db);
      await seedDatabase(handle.db, { now, withDemoUsers: true });
      before = await fingerprintTables(handle.db);
      await handle.close();
      const written = run('backup.sh', [backups], { PGLITE_DIR: dataDir, FILES_DIR: filesDir })
        .trim()
        .split('\n');
      const target = join(work, 'pglite-restored');
      run('restore.sh', written, { PGLITE_DIR: target, FILES_DIR: join(work, 'restored-files') });
      open = () => createDb({ dataDir: target });
    }
    const restored = await open();
    try {
      const after = await fingerprintTables(restored.db);
      expect(Object.keys(after).length).toBeGreaterThan(8);
      expect(after).toEqual(before);
    } finally {
      await restored.close();
      if (process.env.DATABASE_URL) {
        const admin = await createDb({
          url: withDatabase(process.env.DATABASE_URL, 'postgres'),
          poolSize: 1,
        });
        await sql`drop database if exists ${sql.id(new URL(env.DATABASE_URL!).pathname.slice(1))} with (force)`.execute(
          admin.db,
        );
        await admin.close();
      }
    }
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(sha(join(work, 'restored-files', 'cd', 'bao-cao.docx'))).toBe(
      sha(join(filesDir, 'cd', 'bao-cao.docx')),
    );
  });

  it('refuses an archive whose checksum does not match', () => {
    const work = mkdtempSync(join(tmpdir(), 'khcn-backup-bad-'));
    const archive = join(work, 'khcn-pglite-20240101T000000Z.tar.gz');
    writeFileSync(archive, 'not the archive that was backed up');
    writeFileSync(join(work, 'SHA256SUMS'), `${'0'.repeat(64)}  khcn-pglite-20240101T000000Z.tar.gz\n`);
    expect(() => run('restore.sh', [archive], { PGLITE_DIR: join(work, 'target') })).toThrow();
  });
});

type TableFingerprints = Record<string, { rows: number; md5: string }>;

/** Every table's row count and a checksum of its rows in a fixed order (the restore drill's comparison). */
async function fingerprintTables(db: Database): Promise<TableFingerprints> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const result: TableFingerprints = {};
  for (const table of tables) {
    const { rows } = await sql<{ rows: number; md5: string | null }>`
      select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5
      from ${sql.table(table)} t`.execute(db);
    result[table] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 ?? '' };
  }
  return result;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
