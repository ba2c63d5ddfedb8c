import { formatLegalCode } from '../legal/legal-reference.schema.ts';
import { parseVietnameseNumber } from '../format/vietnamese-format.ts';
import { type IndicatorCode, indicatorCatalogue, notGreaterRules, sumRules } from './indicator.catalogue.ts';
import { type Fact, type ReportContent, sectionNarrative } from './report.schema.ts';

export type Finding = {
  severity: 'error' | 'warning';
  code:
    | 'SUM_MISMATCH'
    | 'PART_EXCEEDS_WHOLE'
    | 'PERCENT_OUT_OF_RANGE'
    | 'AS_WRITTEN_MISMATCH'
    | 'NARRATIVE_MISMATCH'
    | 'NARRATIVE_MISSING'
    | 'LEGAL_REF_NOT_CITED'
    | 'DUPLICATE_SECTION'
    | 'ORPHAN_SECTION'
    | 'DUPLICATE_FACT';
  sectionKey: string | null;
  /** The field the finding concerns, e.g. `facts.2.value`, for showing it inline. */
  path: string | null;
  message: string;
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (code: IndicatorCode) => indicatorCatalogue[code].label;

/** Finds "<before> <number> <after>" in a narrative and returns the numbers found there. */
export function findMentionedNumbers(
  narrative: string,
  mention: { before: string; after: string },
): number[] {
  const words = (s: string) => escapeRegExp(s.trim()).replace(/\s+/g, '\\s+');
  // Optional space next to the figure: "08/12", "90%-100%" have none.
  const before = mention.before.trim() ? `${words(mention.before)}\\s*` : '';
  const after = mention.after.trim() ? `\\s*${words(mention.after)}` : '';
  const pattern = new RegExp(`${before}(\\d[\\d.,]*)${after}`, 'gu');
  const found: number[] = [];
  for (const match of narrative.normalize('NFC').matchAll(pattern)) {
    const value = parseVietnameseNumber(match[1]!.replace(/[.,]$/, ''));
    if (value !== null) found.push(value);
  }
  return found;
}

function checkFact(fact: Fact, index: number, sectionKey: string, narrative: string): Finding[] {
  const findings: Finding[] = [];
  if (fact.asWritten !== undefined && parseVietnameseNumber(fact.asWritten) !== fact.value) {
    findings.push({
      severity: 'error',
      code: 'AS_WRITTEN_MISMATCH',
      sectionKey,
      path: `facts.${index}.asWritten`,
      message: `${label(fact.indicator)}: cách ghi "${fact.asWritten}" không khớp giá trị ${fact.value}.`,
    });
  }
  if (fact.mention) {
    const numbers = findMentionedNumbers(narrative, fact.mention);
    if (numbers.length === 0) {
      findings.push({
        severity: 'warning',
        code: 'NARRATIVE_MISSING',
        sectionKey,
        path: `facts.${index}.mention`,
        message: `${label(fact.indicator)}: không tìm thấy số liệu trong lời văn ("${fact.mention.before} … ${fact.mention.after}").`,
      });
    } else if (!numbers.includes(fact.value)) {
      findings.push({
        severity: 'error',
        code: 'NARRATIVE_MISMATCH',
        sectionKey,
        path: `facts.${index}.value`,
        message: `${label(fact.indicator)}: lời văn ghi ${numbers.join(', ')} nhưng số liệu là ${fact.value}.`,
      });
    }
  }
  if (indicatorCatalogue[fact.indicator].unit === '%' && fact.value > 100) {
    findings.push({
      severity: 'error',
      code: 'PERCENT_OUT_OF_RANGE',
      sectionKey,
      path: `facts.${index}.value`,
      message: `${label(fact.indicator)}: tỷ lệ không thể vượt quá 100%.`,
    });
  }
  return findings;
}

/**
 * Reconciles an edition's figures: sums, parts within wholes, each figure against the narrative that
 * states it, cited legal references present in the narrative, and the outline's structure.
 */
export function reconcileReport(content: Pick<ReportContent, 'sections'>): Finding[] {
  const findings: Finding[] = [];
  const seenKeys = new Set<string>();
  const located = new Map<IndicatorCode, { value: number; sectionKey: string; index: number }>();

  for (const section of content.sections) {
    if (seenKeys.has(section.key)) {
      findings.push({
        severity: 'error',
        code: 'DUPLICATE_SECTION',
        sectionKey: section.key,
        path: 'key',
        message: `Mục ${section.key} bị trùng.`,
      });
    }
    if (section.parentKey && !seenKeys.has(section.parentKey)) {
      findings.push({
        severity: 'error',
        code: 'ORPHAN_SECTION',
        sectionKey: section.key,
        path: 'parentKey',
        message: `Mục ${section.label} ${section.title}: mục cha ${section.parentKey} không có phía trước.`,
      });
    }
    seenKeys.add(section.key);
    const narrative = sectionNarrative(section);
    section.facts.forEach((fact, index) => {
      if (located.has(fact.indicator)) {
        findings.push({
          severity: 'error',
          code: 'DUPLICATE_FACT',
          sectionKey: section.key,
          path: `facts.${index}.indicator`,
          message: `${label(fact.indicator)}: chỉ tiêu đã được ghi ở mục khác.`,
        });
      } else {
        located.set(fact.indicator, { value: fact.value, sectionKey: section.key, index });
      }
      findings.push(...checkFact(fact, index, section.key, narrative));
    });
    section.legalRefs.forEach((ref, index) => {
      const code = formatLegalCode(ref);
      if (!narrative.includes(code)) {
        findings.push({
          severity: 'warning',
          code: 'LEGAL_REF_NOT_CITED',
          sectionKey: section.key,
          path: `legalRefs.${index}`,
          message: `Văn bản ${code} được liên kết nhưng không được nêu trong lời văn.`,
        });
      }
    });
  }

  for (const rule of sumRules) {
    const total = located.get(rule.total);
    const parts = rule.parts.map((p) => located.get(p));
    if (!total || parts.some((p) => !p)) continue;
    const sum = parts.reduce((acc, p) => acc + p!.value, 0);
    if (sum !== total.value) {
      findings.push({
        severity: 'error',
        code: 'SUM_MISMATCH',
        sectionKey: total.sectionKey,
        path: `facts.${total.index}.value`,
        message: `${label(rule.total)} (${total.value}) phải bằng tổng ${rule.parts.map(label).join(' + ')} (${sum}).`,
      });
    }
  }
  for (const rule of notGreaterRules) {
    const part = located.get(rule.part);
    const whole = located.get(rule.whole);
    if (part && whole && part.value > whole.value) {
      findings.push({
        severity: 'error',
        code: 'PART_EXCEEDS_WHOLE',
        sectionKey: part.sectionKey,
        path: `facts.${part.index}.value`,
        message: `${label(rule.part)} (${part.value}) không thể lớn hơn ${label(rule.whole)} (${whole.value}).`,
      });
    }
  }
  return findings;
}

export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
