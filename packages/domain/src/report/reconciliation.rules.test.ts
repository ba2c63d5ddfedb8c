import { describe, expect, it } from 'vitest';
import { seedContent, seedReconciliationContext } from '../seed/index.ts';
import { findMentionedNumbers } from './figure-wording.rules.ts';
import { hasBlockingFindings, reconcileReport } from './reconciliation.rules.ts';
import type { ReportContent } from './report.schema.ts';

const clone = (c: ReportContent): ReportContent => structuredClone(c);
const sectionOf = (c: ReportContent, key: string) => c.sections.find((s) => s.key === key)!;

describe('reconciliation', () => {
  it('finds nothing wrong with the seed report', () => {
    expect(reconcileReport(seedContent(), seedReconciliationContext())).toEqual([]);
  });

  it('requires inspected = passed + rejected', () => {
    const c = clone(seedContent());
    const fact = sectionOf(c, 'A.IV.2').facts.find((f) => f.indicator === 'metrology.instruments_rejected')!;
    fact.value = 64;
    fact.asWritten = '64';
    const findings = reconcileReport(c, seedReconciliationContext());
    expect(findings.map((f) => f.code)).toContain('SUM_MISMATCH');
    expect(hasBlockingFindings(findings)).toBe(true);
  });

  it('flags a figure that disagrees with its narrative twin', () => {
    const c = clone(seedContent());
    const s = sectionOf(c, 'A.II.1.1');
    const block = s.blocks[1]!;
    if (block.kind !== 'list') throw new Error('expected list');
    block.items[3] = block.items[3]!.replace('nghiệm thu 03 nhiệm vụ', 'nghiệm thu 04 nhiệm vụ');
    const findings = reconcileReport(c, seedReconciliationContext());
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'NARRATIVE_MISMATCH',
        sectionKey: 'A.II.1.1',
        path: 'facts.2.value',
        severity: 'error',
      }),
    );
  });

  it('warns when the narrative no longer states a figure, or a linked legal reference', () => {
    const c = clone(seedContent());
    sectionOf(c, 'A.VII.1').blocks = [{ kind: 'paragraph', text: 'Nội dung đang cập nhật.' }];
    const codes = reconcileReport(c, seedReconciliationContext()).map((f) => `${f.severity}:${f.code}`);
    expect(codes).toContain('warning:NARRATIVE_MISSING');
    expect(codes).toContain('warning:LEGAL_REF_NOT_CITED');
  });

  it('keeps parts within wholes and percentages within 100', () => {
    const c = clone(seedContent());
    const checks = sectionOf(c, 'A.VII.2');
    const compliant = checks.facts.find((f) => f.indicator === 'checks.iso_agencies_compliant')!;
    compliant.value = 40;
    delete compliant.asWritten;
    delete compliant.mention;
    const reform = sectionOf(c, 'A.VIII').facts.find((f) => f.indicator === 'reform.satisfaction_max')!;
    reform.value = 120;
    delete reform.asWritten;
    delete reform.mention;
    const codes = reconcileReport(c, seedReconciliationContext()).map((f) => f.code);
    expect(codes).toContain('PART_EXCEEDS_WHOLE');
    expect(codes).toContain('PERCENT_OUT_OF_RANGE');
  });

  it('finds mentioned numbers written the Vietnamese way', () => {
    expect(
      findMentionedNumbers('kiểm định đối với 1.034 phương tiện đo', {
        before: 'đối với',
        after: 'phương tiện đo',
      }),
    ).toEqual([1034]);
    expect(findMentionedNumbers('Kết quả: 08/12 cơ sở', { before: 'Kết quả:', after: '/12 cơ sở' })).toEqual([
      8,
    ]);
  });

  it('flags duplicate and orphan sections', () => {
    const c = clone(seedContent());
    c.sections.push({ ...c.sections[1]! });
    c.sections.push({ ...c.sections[1]!, key: 'C.I', parentKey: 'C' });
    const codes = reconcileReport(c, seedReconciliationContext()).map((f) => f.code);
    expect(codes).toContain('DUPLICATE_SECTION');
    expect(codes).toContain('ORPHAN_SECTION');
  });

  it('holds a figure to the text’s qualifier word: "gần 100" is not exact and not "hơn"', () => {
    const c = clone(seedContent());
    const learners = sectionOf(c, 'A.III.2').facts.find((f) => f.indicator === 'training.learners')!;
    for (const qualifier of ['exact', 'hơn'] as const) {
      learners.qualifier = qualifier;
      const finding = reconcileReport(c, seedReconciliationContext()).find(
        (f) => f.code === 'QUALIFIER_MISMATCH',
      );
      expect(finding).toMatchObject({ severity: 'error', sectionKey: 'A.III.2', path: 'facts.1.qualifier' });
      expect(finding!.message).toContain('lời văn ghi “gần 100”');
    }
  });

  it('warns when the words say another period than the figure’s basis', () => {
    const c = clone(seedContent());
    const radiation = sectionOf(c, 'A.VI.1').facts.find(
      (f) => f.indicator === 'radiation.source_facilities',
    )!;
    radiation.basis = { kind: 'month' };
    const finding = reconcileReport(c, seedReconciliationContext()).find((f) => f.code === 'BASIS_MISMATCH');
    expect(finding).toMatchObject({ severity: 'warning', sectionKey: 'A.VI.1', path: 'facts.0.basis' });
    expect(finding!.message).toContain('“tính đến nay”');
  });

  it('allows one figure per indicator and basis: a month and a year to date of the same indicator', () => {
    const c = clone(seedContent());
    const s = sectionOf(c, 'A.II.1.1');
    s.facts.push({ ...s.facts[2]!, basis: { kind: 'ytd' }, value: 30, asWritten: '30', mention: undefined });
    expect(reconcileReport(c, seedReconciliationContext()).map((f) => f.code)).not.toContain(
      'DUPLICATE_FACT',
    );
    s.facts.push({ ...s.facts[2]!, mention: undefined });
    const duplicate = reconcileReport(c, seedReconciliationContext()).find(
      (f) => f.code === 'DUPLICATE_FACT',
    );
    expect(duplicate!.message).toContain('đã được ghi ở mục A.II.1.1');
  });

  it('checks figures against the catalogue: unknown and retired indicators are errors', () => {
    const c = clone(seedContent());
    sectionOf(c, 'A.II.2').facts[0]!.indicator = 'khong.co';
    const catalogue = new Map(seedReconciliationContext().catalogue);
    catalogue.set('tasks.checked', { ...catalogue.get('tasks.checked')!, retiredFrom: '2024-06' });
    const codes = reconcileReport(c, { period: '2024-11', catalogue }).map((f) => f.code);
    expect(codes).toContain('UNKNOWN_INDICATOR');
    expect(codes).toContain('RETIRED_INDICATOR');
    // A figure just added, no indicator chosen yet: the form names it; the check does not repeat it as "“”".
    sectionOf(c, 'A.II.2').facts[0]!.indicator = '';
    const findings = reconcileReport(c, { period: '2024-11', catalogue });
    expect(findings.filter((f) => f.sectionKey === 'A.II.2' && f.path?.startsWith('facts.0.'))).toEqual([]);
  });

  it('formats numbers in messages the Vietnamese way', () => {
    const c = clone(seedContent());
    const fact = sectionOf(c, 'A.IV.2').facts.find((f) => f.indicator === 'metrology.instruments_inspected')!;
    fact.value = 12200;
    delete fact.asWritten;
    const message = reconcileReport(c, seedReconciliationContext()).find(
      (f) => f.code === 'NARRATIVE_MISMATCH',
    )!.message;
    expect(message).toContain('12.200');
    expect(message).toContain('1.034');
  });
});
