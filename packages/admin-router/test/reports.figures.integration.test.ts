import { loadApprovedEditions } from '@khcn/db/seed';
import { emptyFrozenRecords, type Fact, type ReportContent, seed, withSection } from '@khcn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { createTestReport } from './support/test-report.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

/** The seed content with section A.II.1.1 stating these words and figures instead. */
function withTasksSection(text: string, facts: Fact[]): ReportContent {
  return withSection(seed.seedContent(), 'A.II.1.1', (s) => ({
    ...s,
    blocks: [{ kind: 'paragraph', text }],
    facts,
    recordRefs: [],
  }));
}

const accepted = (value: number, extra: Partial<Fact> = {}): Fact => ({
  indicator: 'tasks.accepted',
  value,
  qualifier: 'exact',
  basis: { kind: 'month' },
  ...extra,
});

/** Approved months of 2040 with a month figure of tasks accepted. */
async function approveMonths(values: Record<string, number>) {
  await loadApprovedEditions(env.database.db, {
    approverId: 'user-lanhdao',
    at: new Date('2040-12-01T00:00:00Z'),
    editions: Object.entries(values).map(([period, value], i) => ({
      period,
      editionNo: 1,
      number: { sequence: 900 + i, symbol: 'BC-SKHCN' },
      issuedOn: `${period}-28`,
      approvedAt: `${period}-28T09:00:00+07:00`,
      changeNote: null,
      contentHash: 'c'.repeat(64),
      content: withTasksSection(`Trong tháng, nghiệm thu ${String(value).padStart(2, '0')} nhiệm vụ KH&CN.`, [
        accepted(value, { mention: { before: 'nghiệm thu', after: 'nhiệm vụ' } }),
      ]),
      records: emptyFrozenRecords(),
    })),
  });
}

const ytdText = (ytd: string) =>
  `Trong tháng, nghiệm thu 02 nhiệm vụ KH&CN; lũy kế từ đầu năm nghiệm thu ${ytd} nhiệm vụ KH&CN.`;
const ytdFacts = (ytd: number, qualifier: Fact['qualifier'] = 'exact'): Fact[] => [
  accepted(2, {
    asWritten: '02',
    mention: { before: 'Trong tháng, nghiệm thu', after: 'nhiệm vụ KH&CN; lũy kế' },
  }),
  accepted(ytd, {
    qualifier,
    basis: { kind: 'ytd' },
    mention: { before: 'từ đầu năm nghiệm thu', after: 'nhiệm vụ KH&CN.' },
  }),
];

describe('reports.get: a stated year to date against the approved months', () => {
  beforeAll(async () => {
    await approveMonths({ '2040-01': 3, '2040-02': 4 });
  });

  it('warns before approval when the year to date disagrees with January + February + March', async () => {
    const report = await createTestReport(env.database.db, {
      period: '2040-03',
      content: withTasksSection(ytdText('10'), ytdFacts(10)),
    });
    const view = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
    const warning = view.findings.find((f) => f.code === 'YTD_MISMATCH');
    expect(warning, JSON.stringify(view.findings)).toMatchObject({
      severity: 'warning',
      sectionKey: 'A.II.1.1',
      path: 'facts.1.value',
    });
    expect(warning!.message).toContain('lũy kế ghi trong báo cáo là 10');
    expect(warning!.message).toContain('cộng số liệu của 3 tháng được 9');
    expect(
      view.checkInputs.yearHistory
        .filter((o) => o.indicator === 'tasks.accepted')
        .map((o) => [o.reportPeriod, o.value]),
    ).toEqual([
      ['2040-01', 3],
      ['2040-02', 4],
    ]);
  });

  it('says nothing when they agree, or when "hơn 8" allows the 9 the months add up to', async () => {
    for (const [text, facts] of [
      [ytdText('09'), ytdFacts(9)],
      [ytdText('hơn 8'), ytdFacts(8, 'hơn')],
    ] as const) {
      const report = await createTestReport(env.database.db, {
        period: text.includes('hơn') ? '2041-03' : '2040-04',
        content: withTasksSection(text, [...facts]),
      });
      const view = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
      expect(
        view.findings.filter((f) => f.code.startsWith('YTD') || f.code === 'QUALIFIER_MISMATCH'),
      ).toEqual([]);
    }
  });

  it('refuses to submit a figure whose qualifier disagrees with the text ("hơn" in the text, exact figure)', async () => {
    const report = await createTestReport(env.database.db, {
      period: '2042-03',
      content: withTasksSection(ytdText('hơn 8'), ytdFacts(8)),
    });
    const rejection = await rejectionOf(
      env.caller('chuyenvien').reports.submit({ editionId: report.editionId }),
    );
    expect(rejection.domainCode).toBe('VALIDATION_FAILED');
    expect(rejection.userMessage).toContain('mục A.II.1.1');
    expect(rejection.userMessage).toContain('lời văn ghi “hơn 8”');
  });
});

describe('reports.create from last month: carry-over warnings and checks', () => {
  let editionId: string;
  beforeAll(async () => {
    const created = await env
      .caller('chuyenvien')
      .reports.create({ period: '2024-12', fromPreviousMonth: true });
    editionId = created.editionId;
  });

  it('lists the narrative that still names November and the figures identical to November', async () => {
    const view = await env.caller('lanhdao').reports.get({ editionId });
    const names = view.findings.filter((f) => f.code === 'CARRY_OVER_PERIOD_NAME');
    expect(names.map((f) => f.sectionKey)).toEqual(expect.arrayContaining(['A.II.2', 'A.III.1', 'A.VII.3']));
    expect(names.every((f) => f.severity === 'warning')).toBe(true);
    const same = view.findings.filter((f) => f.code === 'CARRY_OVER_SAME_FIGURE');
    expect(same.map((f) => f.path)).toContain('facts.0.value');
    expect(same.find((f) => f.sectionKey === 'A.IV.2')!.message).toContain('1.034 giống hệt tháng 11/2024');
  });

  it('lets an editor of the section mark a warning as checked, audited, and shows who did', async () => {
    const view = await env.caller('chuyenvien').reports.get({ editionId });
    const warning = view.findings.find(
      (f) => f.code === 'CARRY_OVER_PERIOD_NAME' && f.sectionKey === 'A.II.2',
    )!;
    await env.caller('chuyenvien').reports.checkFinding({ editionId, key: warning.key, checked: true });
    const after = await env.caller('lanhdao').reports.get({ editionId });
    expect(after.findingChecks).toEqual([
      expect.objectContaining({
        key: warning.key,
        checkedBy: 'user-chuyenvien',
        checkedByName: expect.any(String),
      }),
    ]);
    const audit = await env.auditEntries({ action: 'report.checkFinding' });
    expect(audit.map((e) => e.entityId)).toContain(editionId);
    await env.caller('chuyenvien').reports.checkFinding({ editionId, key: warning.key, checked: false });
    expect((await env.caller('lanhdao').reports.get({ editionId })).findingChecks).toEqual([]);
  });

  it('forbids an editor of another division, and refuses keys that are not warnings', async () => {
    const view = await env.caller('chuyenvien').reports.get({ editionId });
    const warning = view.findings.find(
      (f) => f.code === 'CARRY_OVER_PERIOD_NAME' && f.sectionKey === 'A.II.2',
    )!;
    const forbidden = await rejectionOf(
      env.caller('chuyenvien.tdc').reports.checkFinding({ editionId, key: warning.key, checked: true }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const unknown = await rejectionOf(
      env
        .caller('chuyenvien')
        .reports.checkFinding({ editionId, key: 'SUM_MISMATCH:A.IV.2:x', checked: true }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.userMessage).toContain('Cảnh báo này không còn');
  });
});

describe('reports.updateSection: figures name indicators of the catalogue', () => {
  it('refuses an indicator that is not in the catalogue, naming the field', async () => {
    const report = await createTestReport(env.database.db);
    const view = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
    const section = view.edition.content.sections.find((s) => s.key === 'A.II.2')!;
    const rejection = await rejectionOf(
      env.caller('chuyenvien').reports.updateSection({
        editionId: report.editionId,
        key: 'A.II.2',
        version: view.sectionVersions['A.II.2']!,
        content: {
          title: section.title,
          blocks: section.blocks,
          facts: [{ ...section.facts[0]!, indicator: 'khong.co.chi.tieu.nay' }],
          legalRefs: section.legalRefs,
          recordRefs: section.recordRefs,
        },
      }),
    );
    expect(rejection.domainCode).toBe('VALIDATION_FAILED');
    expect(rejection.fieldErrors).toEqual([
      { path: 'facts.0.indicator', message: expect.stringContaining('không có trong danh mục chỉ tiêu') },
    ]);
  });
});
