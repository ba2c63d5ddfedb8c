import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { createTestReport } from './support/test-report.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

const councils = {
  name: 'Hội đồng tư vấn xác định nhiệm vụ được thành lập',
  unit: 'hội đồng',
  group: 'Nhiệm vụ KH&CN',
  division: 'QLKH',
  aggregation: 'sum',
  defaultBasis: 'month',
} as const;

describe('indicators: allowed', () => {
  it('lists the starting catalogue to every signed-in user', async () => {
    const list = await env.caller('chuyenvien').indicators.list();
    expect(list.length).toBeGreaterThanOrEqual(45);
    expect(list.find((i) => i.code === 'radiation.source_facilities')).toMatchObject({
      aggregation: 'last',
      defaultBasis: 'level',
    });
  });

  it('lets the quản trị add an indicator with a code made from its group and name, audited', async () => {
    const created = await env.caller('quantri').indicators.create(councils);
    expect(created.code).toBe('nhiem_vu_kh_cn.hoi_dong_tu_van_xac_dinh_nhiem_vu_duoc_thanh_lap');
    expect(created.names).toEqual([{ from: null, name: councils.name }]);
    const again = await env.caller('quantri').indicators.create(councils);
    expect(again.code).toBe(`${created.code}_2`);
    const audit = await env.auditEntries({ action: 'indicator.create' });
    expect(audit.map((e) => e.entityId)).toContain(created.code);
  });

  it('lets a trưởng phòng add one for their division and use it in a report at once', async () => {
    const created = await env.caller('truongphong').indicators.create({
      ...councils,
      name: 'Mẫu được thử nghiệm',
      unit: 'mẫu',
      code: 'tests.samples',
    });
    const report = await createTestReport(env.database.db);
    const view = await env.caller('truongphong').reports.get({ editionId: report.editionId });
    const section = view.edition.content.sections.find((s) => s.key === 'A.II.1.1')!;
    await env.caller('truongphong').reports.updateSection({
      editionId: report.editionId,
      key: 'A.II.1.1',
      version: view.sectionVersions['A.II.1.1']!,
      content: {
        title: section.title,
        blocks: [...section.blocks, { kind: 'paragraph', text: 'Thử nghiệm 120 mẫu sản phẩm.' }],
        facts: [
          ...section.facts,
          {
            indicator: created.code,
            value: 120,
            qualifier: 'exact',
            basis: { kind: 'month' },
            mention: { before: 'Thử nghiệm', after: 'mẫu sản phẩm' },
          },
        ],
        legalRefs: section.legalRefs,
        recordRefs: section.recordRefs,
      },
    });
    const after = await env.caller('truongphong').reports.get({ editionId: report.editionId });
    expect(after.findings.filter((f) => f.sectionKey === 'A.II.1.1')).toEqual([]);
  });

  it('renames from a month on: older months keep the old name', async () => {
    const [first] = await env.caller('quantri').indicators.list();
    const renamed = await env.caller('quantri').indicators.rename({
      code: first!.code,
      version: first!.version,
      name: 'Tên mới từ tháng 3/2025',
      from: '2025-03',
    });
    expect(renamed.names.map((n) => n.from)).toEqual([null, '2025-03']);
    expect(renamed.version).toBe(first!.version + 1);
  });

  it('retires from a month on: a draft of that month states it as an error, and submission is refused', async () => {
    const indicator = (await env.caller('quantri').indicators.list()).find(
      (i) => i.code === 'tasks.checked',
    )!;
    await env
      .caller('quantri')
      .indicators.retire({ code: indicator.code, version: indicator.version, from: '2035-01' });
    const report = await createTestReport(env.database.db, { period: '2035-02' });
    const view = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
    expect(view.findings).toContainEqual(
      expect.objectContaining({ code: 'RETIRED_INDICATOR', severity: 'error', path: 'facts.1.indicator' }),
    );
    const refused = await rejectionOf(
      env.caller('chuyenvien').reports.submit({ editionId: report.editionId }),
    );
    expect(refused.userMessage).toContain('đã ngừng sử dụng từ tháng 1/2035');
    const earlier = await createTestReport(env.database.db, { period: '2034-12' });
    const before = await env.caller('lanhdao').reports.get({ editionId: earlier.editionId });
    expect(before.findings.filter((f) => f.code === 'RETIRED_INDICATOR')).toEqual([]);
  });

  it('changes how an indicator combines, checking the sums and limits it names', async () => {
    const indicator = (await env.caller('quantri').indicators.list()).find(
      (i) => i.code === 'training.learners',
    )!;
    const { names: _n, retiredFrom: _r, version, ...fields } = indicator;
    const updated = await env
      .caller('quantri')
      .indicators.update({ ...fields, version, aggregation: 'none' });
    expect(updated.aggregation).toBe('none');
  });
});

describe('indicators: rejected', () => {
  it('names the empty field in Vietnamese', async () => {
    const rejection = await rejectionOf(env.caller('quantri').indicators.create({ ...councils, name: ' ' }));
    expect(rejection.domainCode).toBe('VALIDATION_FAILED');
    expect(rejection.userMessage).toMatch(/^Tên[^:]*: không được để trống/);
  });

  it('refuses a code that is taken, a stale version, and sums of unknown indicators', async () => {
    const taken = await rejectionOf(
      env.caller('quantri').indicators.create({ ...councils, code: 'tasks.accepted' }),
    );
    expect(taken.domainCode).toBe('DUPLICATE');
    const indicator = (await env.caller('quantri').indicators.list()).find(
      (i) => i.code === 'events.workshops',
    )!;
    const { names: _n, retiredFrom: _r, version, ...fields } = indicator;
    await env.caller('quantri').indicators.update({ ...fields, version, unit: 'cuộc hội thảo' });
    const stale = await rejectionOf(
      env.caller('quantri').indicators.update({ ...fields, version, unit: 'hội thảo' }),
    );
    expect(stale.domainCode).toBe('CONFLICT');
    const unknown = await rejectionOf(
      env.caller('quantri').indicators.update({ ...fields, version: version + 1, sumOf: ['khong.co'] }),
    );
    expect(unknown.domainCode).toBe('VALIDATION_FAILED');
    expect(unknown.fieldErrors[0]!.path).toBe('sumOf.0');
  });
});

describe('indicators: forbidden', () => {
  it('to an editor, to a leader, and to a trưởng phòng outside their divisions', async () => {
    for (const user of ['chuyenvien', 'lanhdao'] as const) {
      const rejection = await rejectionOf(env.caller(user).indicators.create(councils));
      expect(rejection.code).toBe('FORBIDDEN');
    }
    const other = await rejectionOf(
      env.caller('truongphong').indicators.create({ ...councils, division: 'TDC' }),
    );
    expect(other.code).toBe('FORBIDDEN');
    const metrology = (await env.caller('quantri').indicators.list()).find(
      (i) => i.code === 'metrology.instruments_inspected',
    )!;
    const retire = await rejectionOf(
      env
        .caller('truongphong')
        .indicators.retire({ code: metrology.code, version: metrology.version, from: '2030-01' }),
    );
    expect(retire.code).toBe('FORBIDDEN');
  });
});
