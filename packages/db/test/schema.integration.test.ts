import { publicationStatuses, seed } from '@khcn/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findEditionById,
  hashReportContent,
  insertAuditEntry,
  insertEdition,
  insertPublication,
  insertRecord,
  insertReport,
  migrateDown,
  migrateToLatest,
  updateEditionWorkflow,
  updatePublication,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase, useTestDatabase } from '../src/testing/test-database.ts';
import { seedDatabase } from '../src/seed/index.ts';
import { migrations } from '../src/migrations/index.ts';

const t = useTestDatabase();

const now = new Date('2024-12-01T00:00:00Z');

describe(`database constraints (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('keeps the audit log append-only', async () => {
    await insertAuditEntry(t.db, { at: now, actorId: null, action: 'test', entityKind: 'x', entityId: '1' });
    await expect(sql`UPDATE audit_log SET action = 'changed'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    const rows = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'test').execute();
    expect(rows).toHaveLength(1);
  });

  it('allows one report per period and one edition number per report', async () => {
    await insertReport(t.db, { id: 'r-2030-01', period: '2030-01', at: now, createdBy: null });
    await expect(
      insertReport(t.db, { id: 'r-2030-01b', period: '2030-01', at: now, createdBy: null }),
    ).rejects.toThrow();
    const content = seed.seedContent();
    const edition = (id: string, editionNo: number) =>
      insertEdition(t.db, {
        id,
        reportId: 'r-2030-01',
        editionNo,
        changeNote: null,
        content,
        at: now,
        by: null,
      });
    await edition('e1', 1);
    await expect(edition('e1b', 1)).rejects.toThrow();
    await expect(edition('e2', 2)).rejects.toThrow();
    await expect(
      insertReport(t.db, { id: 'r-bad', period: '2030-13', at: now, createdBy: null }),
    ).rejects.toThrow();
  });

  it('refuses an approval without number, hash or approver', async () => {
    const ok = updateEditionWorkflow(t.db, {
      editionId: 'e1',
      expectedStatus: 'draft',
      at: now,
      patch: { status: 'approved' },
    });
    await expect(ok).rejects.toThrow();
  });

  it('accepts every publication status the domain defines, and nothing else', async () => {
    await insertPublication(t.db, {
      id: 'pub-statuses',
      trigger: 'manual',
      editionId: null,
      requestedBy: null,
      at: now,
    });
    for (const status of publicationStatuses) await updatePublication(t.db, 'pub-statuses', { status });
    await expect(
      sql`UPDATE publications SET status = 'publishing' WHERE id = 'pub-statuses'`.execute(t.db),
    ).rejects.toThrow(/publications_status/);
  });

  it('refuses a listing that expires before it is listed', async () => {
    const listing = {
      id: 'l-bad',
      kind: 'offer' as const,
      title: 'Công nghệ',
      field: 'Nông nghiệp',
      summary: 'x',
      owner: 'Công ty',
      readiness: 5,
      ipStatus: 'none' as const,
      priceMode: 'negotiable' as const,
      contact: { name: 'A', isPublic: false },
      status: 'active' as const,
      listedOn: '2024-05-01',
      expiresOn: '2024-04-01',
      isDemo: false,
    };
    await expect(
      insertRecord(t.db, { record: { kind: 'listing', data: listing }, at: now, by: null }),
    ).rejects.toThrow();
  });
});

describe('the seed', () => {
  let fresh: TestDatabase;
  beforeAll(async () => {
    fresh = await createTestDatabase();
  });
  afterAll(async () => {
    await fresh.destroy();
  });

  it('loads the November 2024 report approved as issued, once', async () => {
    const first = await seedDatabase(fresh.db, { now, withDemoUsers: true });
    expect(first.seeded).toBe(true);
    const again = await seedDatabase(fresh.db, { now, withDemoUsers: true });
    expect(again.seeded).toBe(false);
    const stored = await findEditionById(fresh.db, first.reportEditionId!);
    expect(stored!.edition.status).toBe('approved');
    expect(stored!.edition.number).toEqual({ sequence: 5, symbol: 'BC-SKHCN' });
    expect(stored!.edition.issuedOn).toBe('2024-12-05');
    expect(stored!.edition.content).toEqual(seed.seedContent());
    expect(stored!.edition.contentHash).toBe(hashReportContent(seed.seedContent(), stored!.frozenRecords!));
    expect(stored!.frozenRecords!.tasks).toHaveLength(3);
  });

  it('keeps an approved edition immutable', async () => {
    await expect(
      sql`UPDATE report_sections SET label = 'X' WHERE edition_id = 'edition-2024-11-1'`.execute(fresh.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`UPDATE report_editions SET subject = 'X' WHERE id = 'edition-2024-11-1'`.execute(fresh.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`UPDATE report_editions SET approved_by = submitted_by WHERE id = 'edition-2024-11-1'`.execute(
        fresh.db,
      ),
    ).rejects.toThrow();
  });
});

describe('migrations', () => {
  it('keep declarations of conformity: going below them refuses while one exists', async () => {
    const scratch = await createTestDatabase();
    try {
      const declaration = {
        id: 'declaration-1',
        period: '2024-11',
        kind: 'regulation' as const,
        organisation: 'Công ty TNHH Vật liệu Đông Á',
        product: 'Gạch bê tông không nung',
        productGroup: 'Vật liệu xây dựng',
        standardCode: 'QCVN 16:2023/BXD',
        assessment: 'self_assessment' as const,
        noticeNumber: '125/TB-TĐC',
        noticeDate: '2024-11-12',
        isDemo: false,
      };
      await insertRecord(scratch.db, {
        record: { kind: 'declaration', data: declaration },
        at: now,
        by: null,
      });
      await expect(
        sql`UPDATE records SET level = 'other' WHERE id = 'declaration-1'`.execute(scratch.db),
      ).rejects.toThrow(/records_declaration_level/);
      const refused = await migrateDown(scratch.db);
      expect(String((refused.error as Error).message)).toContain('còn 1 hồ sơ công bố hợp chuẩn, hợp quy');
      await sql`DELETE FROM records WHERE id = 'declaration-1'`.execute(scratch.db);
      expect((await migrateDown(scratch.db)).error).toBeUndefined();
      await expect(
        insertRecord(scratch.db, { record: { kind: 'declaration', data: declaration }, at: now, by: null }),
      ).rejects.toThrow(/records_kind/);
      await migrateToLatest(scratch.db);
    } finally {
      await scratch.destroy();
    }
  });

  it('go down and up again', async () => {
    const scratch = await createTestDatabase();
    try {
      // Every migration down, however many there are.
      for (const _ of Object.keys(migrations)) await migrateDown(scratch.db);
      const tables = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'users'`.execute(
        scratch.db,
      );
      expect(tables.rows[0]!.n).toBe(0);
      await migrateToLatest(scratch.db);
      const after = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('users', 'records', 'publications')`.execute(
        scratch.db,
      );
      expect(after.rows[0]!.n).toBe(3);
    } finally {
      await scratch.destroy();
    }
  });
});
