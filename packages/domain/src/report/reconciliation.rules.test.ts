import { describe, expect, it } from 'vitest';
import { seedContent } from '../seed/index.ts';
import { findMentionedNumbers, hasBlockingFindings, reconcileReport } from './reconciliation.rules.ts';
import type { ReportContent } from './report.schema.ts';

const clone = (c: ReportContent): ReportContent => structuredClone(c);
const sectionOf = (c: ReportContent, key: string) => c.sections.find((s) => s.key === key)!;

describe('reconciliation', () => {
  it('finds nothing wrong with the seed report', () => {
    expect(reconcileReport(seedContent())).toEqual([]);
  });

  it('requires inspected = passed + rejected', () => {
    const c = clone(seedContent());
    const fact = sectionOf(c, 'A.IV.2').facts.find((f) => f.indicator === 'metrology.instruments_rejected')!;
    fact.value = 64;
    fact.asWritten = '64';
    const findings = reconcileReport(c);
    expect(findings.map((f) => f.code)).toContain('SUM_MISMATCH');
    expect(hasBlockingFindings(findings)).toBe(true);
  });

  it('flags a figure that disagrees with its narrative twin', () => {
    const c = clone(seedContent());
    const s = sectionOf(c, 'A.II.1.1');
    const block = s.blocks[1]!;
    if (block.kind !== 'list') throw new Error('expected list');
    block.items[3] = block.items[3]!.replace('nghiệm thu 03 nhiệm vụ', 'nghiệm thu 04 nhiệm vụ');
    const findings = reconcileReport(c);
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
    const codes = reconcileReport(c).map((f) => `${f.severity}:${f.code}`);
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
    const codes = reconcileReport(c).map((f) => f.code);
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
    const codes = reconcileReport(c).map((f) => f.code);
    expect(codes).toContain('DUPLICATE_SECTION');
    expect(codes).toContain('ORPHAN_SECTION');
  });
});
