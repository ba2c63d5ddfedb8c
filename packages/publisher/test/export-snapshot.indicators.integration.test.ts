import { insertIndicator } from '@khcn/db';
import { emptyFrozenRecords, seed } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { exportSnapshot } from '../src/export-snapshot.ts';
import { fixturePerTest, approveDraft, insertDraftReport } from './support/publisher-fixture.ts';

const newFixture = fixturePerTest();

describe('exportSnapshot: the indicator catalogue', () => {
  it('carries an indicator the department added once an approved report states it, with its names and how it combines', async () => {
    const fixture = await newFixture();
    const { db } = fixture.deps;
    await insertIndicator(
      db,
      {
        code: 'tdc.samples_tested',
        names: [
          { from: null, name: 'Mẫu được thử nghiệm' },
          { from: '2025-01', name: 'Mẫu sản phẩm được thử nghiệm' },
        ],
        unit: 'mẫu',
        group: 'Tiêu chuẩn đo lường chất lượng',
        division: 'TDC',
        aggregation: 'sum',
        defaultBasis: 'month',
        sumOf: [],
        atMost: null,
        retiredFrom: null,
      },
      new Date(),
    );
    const content = seed.seedContent();
    const metrology = content.sections.find((s) => s.key === 'A.IV.2')!;
    metrology.blocks.push({ kind: 'paragraph', text: 'Thử nghiệm 120 mẫu sản phẩm.' });
    metrology.facts.push({
      indicator: 'tdc.samples_tested',
      value: 120,
      qualifier: 'exact',
      basis: { kind: 'month' },
      mention: { before: 'Thử nghiệm', after: 'mẫu sản phẩm' },
    });
    const editionId = await insertDraftReport(db, '2025-01', content);
    const records = emptyFrozenRecords();
    await approveDraft(
      db,
      { id: editionId, content, records },
      { sequence: 1, year: 2025, on: '2025-02-05' },
    );
    const snapshot = await exportSnapshot(db, {
      publicationId: 'p-indicators',
      now: new Date(),
      files: null,
      siteFilesDir: null,
    });
    expect(snapshot.indicators.find((i) => i.code === 'tdc.samples_tested')).toMatchObject({
      aggregation: 'sum',
      unit: 'mẫu',
      names: [{ from: null }, { from: '2025-01', name: 'Mẫu sản phẩm được thử nghiệm' }],
    });
    // Indicators no approved report states stay out (no empty pages).
    expect(
      snapshot.indicators.every((i) =>
        snapshot.reports.some((r) =>
          r.editions.some((e) => e.content.sections.some((s) => s.facts.some((f) => f.indicator === i.code))),
        ),
      ),
    ).toBe(true);
  });
});
