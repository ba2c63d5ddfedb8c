import type { PublicTask } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { createSeedSnapshot } from '../../scripts/write-seed-snapshot.ts';
import { buildFigurePages, chartGeometry, figureSourceUrl } from './figures.ts';
import { toCsv } from './open-data.ts';
import { buildSiteModel, foldedDWords, listPages, PAGE_SIZE } from './site-model.ts';
import { taskTimeline } from './task-timeline.ts';

describe('foldedDWords', () => {
  it('folds only the words with đ, once each', () => {
    expect(foldedDWords(['Đường đi đến Đông trùng', 'đường, nông thôn', undefined])).toBe(
      'duong di den dong',
    );
  });
});

describe('buildSiteModel', () => {
  const model = buildSiteModel(createSeedSnapshot(), 'https://khcn.example.vn/');
  it('gives records stable URLs from their ids and cites the editions', () => {
    expect(model.siteUrl).toBe('https://khcn.example.vn');
    const task = model.viewOf({ kind: 'task', id: 'task-ntmn-biofloc' })!;
    expect(task.url).toBe('/nhiem-vu/task-ntmn-biofloc/');
    expect(taskTimeline(task.record as PublicTask, model.citeEdition)[0]!.citation).toEqual({
      text: 'Báo cáo tháng 11 năm 2024 (Số: 05/BC-SKHCN, ngày 05/12/2024, lần ban hành 1)',
      url: '/bao-cao/2024-11/',
    });
  });
  it('paginates lists and their facets', () => {
    const pages = listPages(model.collectionOf('task'));
    expect(pages[0]).toMatchObject({ url: '/nhiem-vu/', path: '', page: 1, pageCount: 1, total: 3 });
    expect(pages.map((p) => p.url)).toContain('/nhiem-vu/cap/cap-quoc-gia/');
    expect(PAGE_SIZE).toBe(50);
  });
  it('links each record to the report sections that name it', () => {
    expect(model.mentions.get('inspection:check-2024-11-fuel')).toEqual([
      {
        text: 'Báo cáo tháng 11 năm 2024, mục A.VII.2. Tình hình, kết quả công tác kiểm tra trong lĩnh vực KH&CN',
        url: '/bao-cao/2024-11/#muc-a-vii-2',
      },
    ]);
  });
});

describe('figures', () => {
  it('cumulates counts over the year (at least, with months missing) but never levels', () => {
    const snapshot = createSeedSnapshot();
    const october = structuredClone(snapshot.reports[0]!);
    october.period = '2024-10';
    const { pages } = buildFigurePages([...snapshot.reports, october], snapshot.indicators);
    const inspected = pages.find((p) => p.code === 'metrology.instruments_inspected')!;
    expect(inspected.history.rows.map((r) => [r.period, r.month?.value, r.ytd?.figure.value])).toEqual([
      ['2024-10', 1034, 1034],
      ['2024-11', 1034, 2068],
    ]);
    // January to September have no published report: the year holds at least the two months known.
    expect(inspected.latest.ytd).toMatchObject({ source: 'computed', figure: { text: 'ít nhất 2.068' } });
    const facilities = pages.find((p) => p.code === 'radiation.source_facilities')!;
    expect(facilities.latest.ytd).toBeNull();
    expect(facilities.history.latestLevel).toMatchObject({ value: 18, asOf: '2024-11-30' });
    expect(pages.find((p) => p.code === 'training.learners')!.latest.month!.text).toBe('gần 100');
  });

  it('gives an indicator the department added its own page, name and open-data rows', async () => {
    const { buildDatasets } = await import('./open-data.ts');
    const snapshot = createSeedSnapshot();
    const metrology = snapshot.reports[0]!.editions[0]!.content.sections.find((s) => s.key === 'A.IV.2')!;
    metrology.blocks.push({ kind: 'paragraph', text: 'Thử nghiệm 120 mẫu sản phẩm.' });
    metrology.facts.push({
      indicator: 'tdc.samples_tested',
      value: 120,
      qualifier: 'exact',
      basis: { kind: 'month' },
      mention: { before: 'Thử nghiệm', after: 'mẫu sản phẩm' },
    });
    snapshot.indicators.push({
      ...snapshot.indicators[0]!,
      code: 'tdc.samples_tested',
      names: [{ from: null, name: 'Mẫu sản phẩm được thử nghiệm' }],
      unit: 'mẫu',
      aggregation: 'sum',
      sumOf: [],
      atMost: null,
    });
    const page = buildFigurePages(snapshot.reports, snapshot.indicators).byCode.get('tdc.samples_tested')!;
    expect(page).toMatchObject({
      url: '/so-lieu/tdc-samples-tested/',
      name: 'Mẫu sản phẩm được thử nghiệm',
      unit: 'mẫu',
    });
    expect(page.latest.month).toMatchObject({ value: 120, text: '120' });
    const datasets = buildDatasets(buildSiteModel(snapshot, 'https://khcn.example.vn/'));
    const rows = datasets.find((d) => d.slug === 'so-lieu')!.json() as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.indicator === 'tdc.samples_tested')).toMatchObject({
      indicatorName: 'Mẫu sản phẩm được thử nghiệm',
      unit: 'mẫu',
      value: 120,
      basis: 'month',
      aggregation: 'sum',
    });
    const catalogue = datasets.find((d) => d.slug === 'chi-tieu')!.json() as Array<{ code: string }>;
    expect(catalogue.map((i) => i.code)).toContain('tdc.samples_tested');
  });

  it('links each value to the sentence of the report that states it', () => {
    const snapshot = createSeedSnapshot();
    const { byCode } = buildFigurePages(snapshot.reports, snapshot.indicators);
    const month = byCode.get('metrology.instruments_inspected')!.latest.month!;
    expect(figureSourceUrl(month.sources[0]!)).toBe('/bao-cao/2024-11/#so-lieu-a-iv-2-1');
  });
  it('scales bars to a round maximum', () => {
    const g = chartGeometry(
      [
        { label: 'a', value: 30 },
        { label: 'b', value: null },
      ],
      'bars',
    );
    expect(g.max).toBe(50);
    expect(g.bars[1]!.missing).toBe(true);
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF, quotes where needed and defuses formulas', () => {
    const csv = toCsv(
      [
        { a: 'x, "y"', b: 3 },
        { a: '=1+1', b: null },
      ],
      [
        { header: 'Cột A', value: (r) => r.a },
        { header: 'Cột B', value: (r) => r.b },
      ],
    );
    expect(csv).toBe('\uFEFFCột A,Cột B\r\n"x, ""y""",3\r\n\'=1+1,\r\n');
  });

  it('defuses every text a spreadsheet would run as a formula, "-" included, and leaves numbers alone', () => {
    const formulas = [
      "-2+3+cmd|' /C calc'!A0",
      '=HYPERLINK("x")',
      '+1',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '- ghi chú',
    ];
    for (const text of formulas) {
      const csv = toCsv([{ text }], [{ header: 'A', value: (r) => r.text }]);
      const cell = csv.slice('\uFEFFA\r\n'.length, -2);
      expect(cell.replace(/^"/, ''), JSON.stringify(text)).toMatch(/^'/);
    }
    expect(toCsv([{ n: -5 }], [{ header: 'N', value: (r) => r.n }])).toBe('\uFEFFN\r\n-5\r\n');
  });
});
