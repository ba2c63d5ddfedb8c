import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

describe('reports.create', () => {
  it('copies the previous month: outline, narrative, figures and long-lived record links, as a draft', async () => {
    const november = await env.caller('chuyenvien').reports.get({ period: '2024-11' });
    const created = await env
      .caller('chuyenvien')
      .reports.create({ period: '2024-12', fromPreviousMonth: true });
    expect(created.sourceEditionId).toBe('edition-2024-11-1');
    const december = await env.caller('chuyenvien').reports.get({ editionId: created.editionId });
    expect(december.edition).toMatchObject({
      period: '2024-12',
      editionNo: 1,
      status: 'draft',
      number: null,
    });
    expect(december.edition.content.subject).toBe(
      'Kết quả hoạt động quản lý nhà nước về khoa học và công nghệ tháng 12 năm 2024 và phương hướng, nhiệm vụ trọng tâm tháng 1 năm 2025',
    );
    const outline = (v: typeof november) =>
      v.edition.content.sections.map((s) => [
        s.key,
        s.label,
        s.key === 'B' ? 'next month' : s.title,
        s.division,
      ]);
    expect(outline(december)).toEqual(outline(november));
    expect(december.edition.content.sections.find((s) => s.key === 'B')!.title).toBe(
      'PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2025',
    );
    const section = (v: typeof november, key: string) =>
      v.edition.content.sections.find((s) => s.key === key)!;
    expect(section(december, 'A.II.1.1').blocks).toEqual(section(november, 'A.II.1.1').blocks);
    expect(section(december, 'A.II.1.1').facts).toEqual(section(november, 'A.II.1.1').facts);
    // Tasks live for years and stay linked; November's appraisals belong to November.
    expect(section(december, 'A.II.1.1').recordRefs).toEqual(section(november, 'A.II.1.1').recordRefs);
    const refKinds = december.edition.content.sections.flatMap((s) => s.recordRefs.map((r) => r.kind));
    expect(new Set(refKinds)).toEqual(new Set(['task']));
    expect(december.edition.content.recipients).toEqual(november.edition.content.recipients);
    expect(Object.values(december.sectionVersions).every((v) => v === 0)).toBe(true);
  });

  it('creates a blank draft with the latest outline', async () => {
    const created = await env.caller('truongphong').reports.create({ period: '2025-01' });
    const view = await env.caller('truongphong').reports.get({ editionId: created.editionId });
    expect(view.edition.content.sections.length).toBeGreaterThan(10);
    expect(view.edition.content.sections.every((s) => s.blocks.length === 0 && s.facts.length === 0)).toBe(
      true,
    );
    expect(view.findings).toEqual([]);
  });

  it('refuses a second report for the same period', async () => {
    const rejection = await rejectionOf(env.caller('chuyenvien').reports.create({ period: '2024-11' }));
    expect(rejection).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'DUPLICATE',
      userMessage: 'Báo cáo tháng 11 năm 2024 đã được tạo.',
    });
  });

  it('refuses to copy a month that has no report', async () => {
    const rejection = await rejectionOf(
      env.caller('chuyenvien').reports.create({ period: '2023-06', fromPreviousMonth: true }),
    );
    expect(rejection).toMatchObject({
      code: 'NOT_FOUND',
      userMessage: 'Không có báo cáo tháng 5 năm 2023 để sao chép.',
    });
  });

  it('names a malformed period in Vietnamese', async () => {
    const rejection = await rejectionOf(env.caller('chuyenvien').reports.create({ period: '2024-13' }));
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.fieldErrors).toEqual([{ path: 'period', message: 'Kỳ báo cáo: phải có dạng yyyy-mm' }]);
  });

  it('is forbidden to the administrator and without a session', async () => {
    expect(await rejectionOf(env.caller('quantri').reports.create({ period: '2025-02' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await rejectionOf(env.caller(null).reports.create({ period: '2025-02' }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('reports.get and reports.list', () => {
  it('returns the seed edition with its number, versions, hash and reconciliation', async () => {
    const view = await env.caller('quantri').reports.get({ period: '2024-11', editionNo: 1 });
    expect(view.edition).toMatchObject({
      id: 'edition-2024-11-1',
      status: 'approved',
      number: { sequence: 5, symbol: 'BC-SKHCN' },
      issuedOn: '2024-12-05',
    });
    expect(view.currentHash).toBe(view.edition.contentHash);
    expect(view.hasBlockingFindings).toBe(false);
    expect(view.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(view.can).toMatchObject({ editSections: [], approve: false, editFrame: false });
    expect(Object.keys(view.sectionVersions)).toEqual(view.edition.content.sections.map((s) => s.key));
  });

  it('shows the editor which sections are theirs', async () => {
    const view = await env.caller('chuyenvien.tdc').reports.get({ period: '2024-12' });
    const divisions = new Set(
      view.edition.content.sections
        .filter((s) => view.can.editSections.includes(s.key))
        .map((s) => s.division),
    );
    expect(divisions).toEqual(new Set(['TDC', 'TTR']));
  });

  it('lists reports newest first, by year', async () => {
    const all = await env.caller('vanthu').reports.list({});
    expect(all.map((r) => r.period)).toEqual(['2025-01', '2024-12', '2024-11']);
    const of2024 = await env.caller('vanthu').reports.list({ year: 2024 });
    expect(of2024.map((r) => [r.period, r.status])).toEqual([
      ['2024-12', 'draft'],
      ['2024-11', 'approved'],
    ]);
  });

  it('rejects a locator naming nothing, and answers NOT_FOUND for an unknown period', async () => {
    const bad = await rejectionOf(env.caller('vanthu').reports.get({}));
    expect(bad.fieldErrors).toEqual([
      { path: 'period', message: 'Kỳ báo cáo: cần chọn kỳ báo cáo hoặc bản báo cáo' },
    ]);
    const missing = await rejectionOf(env.caller('vanthu').reports.get({ period: '2019-01' }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', userMessage: 'Không tìm thấy báo cáo.' });
  });

  it('needs a session', async () => {
    expect(await rejectionOf(env.caller(null).reports.list({}))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await rejectionOf(env.caller(null).reports.get({ period: '2024-11' }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
