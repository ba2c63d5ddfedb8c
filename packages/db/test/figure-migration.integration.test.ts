import { createHash } from 'node:crypto';
import { canonicalizeContent, seed } from '@khcn/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEditionById, listIndicators, migrateTo, migrateToLatest } from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

let t: TestDatabase;
const now = new Date('2024-12-05T02:00:00Z');

/** The seed report as the first release stored it: qualifier codes, no basis. */
function legacyContent() {
  const content = seed.seedContent();
  return {
    ...content,
    sections: content.sections.map((s) => ({
      ...s,
      facts: s.facts.map(({ basis: _basis, ...f }) => ({
        ...f,
        qualifier: f.qualifier === 'gần' ? 'nearly' : f.qualifier === 'exact' ? 'exact' : 'about',
      })),
    })),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  await migrateTo(t.db, '202611270930_create_publications');
  const content = legacyContent();
  await t.db
    .insertInto('users')
    .values({
      id: 'u1',
      username: 'nguoi.duyet',
      display_name: 'Người duyệt',
      password_hash: 'x',
      roles: ['editor'],
    })
    .execute();
  await t.db.insertInto('reports').values({ id: 'r1', period: '2024-11', created_at: now }).execute();
  await t.db
    .insertInto('report_editions')
    .values({
      id: 'e1',
      report_id: 'r1',
      edition_no: 1,
      status: 'draft',
      subject: content.subject,
      place: content.place,
      closing: content.closing,
      recipients: JSON.stringify(content.recipients),
      archive: JSON.stringify(content.archive),
      signature: JSON.stringify(content.signature),
      created_at: now,
      updated_at: now,
    } as never)
    .execute();
  await t.db
    .insertInto('report_sections')
    .values(
      content.sections.map((s, position) => ({
        edition_id: 'e1',
        key: s.key,
        position,
        parent_key: s.parentKey,
        label: s.label,
        division: s.division,
        content: JSON.stringify({
          title: s.title,
          blocks: s.blocks,
          facts: s.facts,
          legalRefs: s.legalRefs,
          recordRefs: s.recordRefs,
        }),
        updated_at: now,
      })),
    )
    .execute();
  const events = seed.seedRecords().events.map((e) => ({ ...e, attendeesQualifier: 'about' }));
  await t.db
    .updateTable('report_editions')
    .set({
      status: 'approved',
      submitted_by: null,
      submitted_hash: 'a'.repeat(64),
      approved_by: 'u1',
      approved_at: now,
      number_sequence: 5,
      number_symbol: 'BC-SKHCN',
      number_year: 2024,
      issued_on: '2024-12-05',
      content_hash: 'a'.repeat(64),
      frozen_records: JSON.stringify({ events }),
    } as never)
    .where('id', '=', 'e1')
    .execute();
  await migrateToLatest(t.db);
});
afterAll(async () => {
  await t.destroy();
});

describe(`figures of existing reports (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('gain a basis (levels for the stocks) and keep their qualifier as the word it stood for', async () => {
    const stored = (await findEditionById(t.db, 'e1'))!;
    const facts = stored.edition.content.sections.flatMap((s) => s.facts);
    const byCode = new Map(facts.map((f) => [f.indicator, f]));
    expect(byCode.get('radiation.source_facilities')!.basis).toEqual({ kind: 'level' });
    expect(byCode.get('tasks.accepted')!.basis).toEqual({ kind: 'month' });
    expect(byCode.get('training.learners')!.qualifier).toBe('gần');
    expect(byCode.get('tasks.accepted')!.qualifier).toBe('exact');
    expect(facts.every((f) => f.basis !== undefined)).toBe(true);
    expect(stored.frozenRecords!.events.every((e) => e.attendeesQualifier === 'khoảng')).toBe(true);
  });

  it('recomputes the content hash of an approved edition over the rewritten content', async () => {
    const stored = (await findEditionById(t.db, 'e1'))!;
    // The hash as this migration defines it: the content alone (ADR 0011 later bound the linked records too; a
    // migration never changes, and approved editions keep the hash they were approved with).
    const contentOnly = createHash('sha256')
      .update(canonicalizeContent(stored.edition.content))
      .digest('hex');
    expect(stored.edition.contentHash).toBe(contentOnly);
    expect(stored.submittedHash).toBe(stored.edition.contentHash);
  });

  it('leaves the approved edition immutable afterwards', async () => {
    await expect(
      sql`UPDATE report_sections SET content = '{}'::jsonb WHERE edition_id = 'e1'`.execute(t.db),
    ).rejects.toThrow(/immutable/);
  });

  it('starts the catalogue with the starting indicators and how each combines', async () => {
    const indicators = await listIndicators(t.db);
    expect(indicators.map((i) => i.code).sort()).toEqual([...seed.seedCatalogue().keys()].sort());
    expect(indicators.find((i) => i.code === 'radiation.source_devices')!.aggregation).toBe('last');
    expect(indicators.find((i) => i.code === 'reform.satisfaction_max')!.aggregation).toBe('none');
    expect(indicators.find((i) => i.code === 'metrology.instruments_inspected')!.sumOf).toEqual([
      'metrology.instruments_passed',
      'metrology.instruments_rejected',
    ]);
  });
});
