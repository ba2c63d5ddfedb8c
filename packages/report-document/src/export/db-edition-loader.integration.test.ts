import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertEdition, insertReport } from '@khcn/db';
import { createTestDatabase, type TestDatabase } from '@khcn/db/testing';
import { seedDatabase } from '@khcn/db/seed';
import { seed } from '@khcn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeWhitespace, readDocx } from '../../test/docx-reader.ts';
import { DRAFT_MARK } from '../docx/page-headers.ts';
import { createDbEditionLoader } from './db-edition-loader.ts';
import { exportReport } from './export-report.ts';

let t: TestDatabase;
const out = mkdtempSync(join(tmpdir(), 'khcn-export-'));
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { now: new Date('2024-12-05T03:00:00Z'), withDemoUsers: true });
  await insertReport(t.db, { id: 'r-2024-12', period: '2024-12', at: new Date(), createdBy: null });
  await insertEdition(t.db, {
    id: 'e-2024-12',
    reportId: 'r-2024-12',
    editionNo: 1,
    changeNote: null,
    content: seed.seedContent(),
    at: new Date(),
    by: null,
  });
}, 60_000);
afterAll(async () => {
  await t?.destroy();
});

describe('exporting from the database', () => {
  it('exports the approved November 2024 edition with every fact and its number', async () => {
    const result = await exportReport({
      period: '2024-11',
      format: 'docx',
      out: join(out, 'nov.docx'),
      loadEdition: createDbEditionLoader(t.db),
    });
    const text = normalizeWhitespace(readDocx(readFileSync(result.out)).text);
    for (const fact of seed.allSeedFacts) expect(text).toContain(normalizeWhitespace(fact));
    expect(text).toContain('Số: 05/BC-SKHCN');
    expect(Object.values(readDocx(readFileSync(result.out)).parts).join('')).not.toContain(DRAFT_MARK);
  });

  it('exports an edition not yet approved only with the draft mark', async () => {
    const result = await exportReport({
      period: '2024-12',
      format: 'docx',
      out: join(out, 'dec.docx'),
      loadEdition: createDbEditionLoader(t.db),
    });
    expect(Object.values(readDocx(readFileSync(result.out)).parts).join('')).toContain(DRAFT_MARK);
  });

  it('says in Vietnamese when a period has no report', async () => {
    await expect(
      exportReport({
        period: '2019-01',
        format: 'docx',
        out: join(out, 'none.docx'),
        loadEdition: createDbEditionLoader(t.db),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', userMessage: 'Không có báo cáo tháng 1 năm 2019 để xuất.' });
  });
});
