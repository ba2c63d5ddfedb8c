import { seed } from '@khcn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findEditionById,
  findRecordsByRefs,
  insertEdition,
  insertRecord,
  insertReport,
  listRecords,
  listReports,
  nextReportSequence,
  updateRecordIfVersion,
  updateSectionIfVersion,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';
import { seedDatabase } from '../src/seed/index.ts';

let t: TestDatabase;
const now = new Date('2024-12-10T00:00:00Z');
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { now, withDemoUsers: true });
  await insertReport(t.db, { id: 'r-dec', period: '2024-12', at: now, createdBy: 'user-chuyenvien' });
  await insertEdition(t.db, {
    id: 'e-dec',
    reportId: 'r-dec',
    editionNo: 1,
    changeNote: null,
    content: seed.seedContent(),
    at: now,
    by: 'user-chuyenvien',
  });
});
afterAll(async () => {
  await t.destroy();
});

describe('report queries', () => {
  it('lets exactly one of two saves from the same version win', async () => {
    const before = await findEditionById(t.db, 'e-dec');
    const version = before!.sectionVersions['A.I']!;
    const content = { ...before!.edition.content.sections.find((s) => s.key === 'A.I')!, title: 'Bản A' };
    const [a, b] = await Promise.all([
      updateSectionIfVersion(t.db, {
        editionId: 'e-dec',
        key: 'A.I',
        expectedVersion: version,
        content,
        by: 'user-chuyenvien',
        at: now,
      }),
      updateSectionIfVersion(t.db, {
        editionId: 'e-dec',
        key: 'A.I',
        expectedVersion: version,
        content: { ...content, title: 'Bản B' },
        by: 'user-truongphong',
        at: now,
      }),
    ]);
    expect([a, b].filter((v) => v !== null)).toEqual([version + 1]);
    const after = await findEditionById(t.db, 'e-dec');
    expect(after!.sectionVersions['A.I']).toBe(version + 1);
  });

  it('lists reports with their latest edition and numbers reports by year', async () => {
    const reports = await listReports(t.db);
    expect(reports.map((r) => [r.period, r.status])).toEqual([
      ['2024-12', 'draft'],
      ['2024-11', 'approved'],
    ]);
    expect(await nextReportSequence(t.db, { year: 2024, symbol: 'BC-SKHCN' })).toBe(6);
    expect(await nextReportSequence(t.db, { year: 2025, symbol: 'BC-SKHCN' })).toBe(1);
  });
});

describe('record queries', () => {
  it('finds records without tones, đ included', async () => {
    const found = await listRecords(t.db, {
      kind: 'task',
      query: 'dong trung ha thao',
      page: 1,
      pageSize: 10,
    });
    expect(found.items.map((r) => r.data.id)).toEqual(['task-ntmn-dong-trung-ha-thao']);
    const pubs = await listRecords(t.db, { kind: 'publication', query: 'DH9 lua', page: 1, pageSize: 10 });
    expect(pubs.total).toBe(1);
    const none = await listRecords(t.db, { kind: 'task', query: 'duong cao toc', page: 1, pageSize: 10 });
    expect(none.total).toBe(0);
  });

  it('paginates', async () => {
    for (let i = 0; i < 12; i++) {
      await insertRecord(t.db, {
        record: {
          kind: 'event',
          data: {
            id: `ev-${i}`,
            period: '2024-12',
            kind: 'training',
            title: `Lớp tập huấn đường số ${i}`,
            sessions: 1,
            attendees: 10,
            attendeesQualifier: 'exact',
            legalBasis: [],
          },
        },
        at: now,
        by: null,
      });
    }
    const page2 = await listRecords(t.db, {
      kind: 'event',
      query: 'duong',
      period: '2024-12',
      page: 2,
      pageSize: 5,
    });
    expect(page2.total).toBe(12);
    expect(page2.items).toHaveLength(5);
  });

  it('updates a record only from its current version', async () => {
    const refs = [{ kind: 'task' as const, id: 'task-ntmn-biofloc' }];
    const task = (await findRecordsByRefs(t.db, refs)).tasks[0]!;
    const changed = { ...task, resultSummary: 'Đang triển khai' };
    const saveFromVersion1 = () =>
      updateRecordIfVersion(t.db, {
        record: { kind: 'task', data: changed },
        expectedVersion: 1,
        at: now,
        by: null,
      });
    expect(await saveFromVersion1()).toBe(2);
    expect(await saveFromVersion1()).toBeNull();
  });
});
