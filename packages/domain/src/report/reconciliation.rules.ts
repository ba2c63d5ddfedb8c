import { previousPeriod } from '../common.schema.ts';
import { formatNumber, parseVietnameseNumber } from '../format/vietnamese-format.ts';
import { formatLegalCode } from '../legal/legal-reference.schema.ts';
import {
  buildIndicatorHistory,
  type FigureObservation,
  intervalOf,
  addIntervals,
  intervalsMeet,
  observationsOf,
} from './figure-aggregation.rules.ts';
import {
  basisKey,
  describeBasis,
  type FactQualifier,
  figureBasisLabels,
  type FigureBasis,
  qualifiedText,
} from './figure.schema.ts';
import {
  basisSignalBefore,
  findMentions,
  findPreviousPeriodNames,
  narrativePieces,
  qualifierBefore as qualifierOfText,
} from './figure-wording.rules.ts';
import {
  type Indicator,
  type IndicatorCatalogue,
  indicatorNameAt,
  isIndicatorRetiredAt,
} from './indicator.schema.ts';
import { type Fact, outlineNumber, type ReportContent, type Section } from './report.schema.ts';

export const findingCodes = [
  'SUM_MISMATCH',
  'PART_EXCEEDS_WHOLE',
  'PERCENT_OUT_OF_RANGE',
  'AS_WRITTEN_MISMATCH',
  'NARRATIVE_MISMATCH',
  'NARRATIVE_MISSING',
  'LEGAL_REF_NOT_CITED',
  'DUPLICATE_SECTION',
  'ORPHAN_SECTION',
  'DUPLICATE_FACT',
  'UNKNOWN_INDICATOR',
  'RETIRED_INDICATOR',
  'QUALIFIER_MISMATCH',
  'BASIS_MISMATCH',
  'BASIS_NOT_COMBINABLE',
  'PERIOD_INVALID',
  'YTD_MISMATCH',
  'CARRY_OVER_PERIOD_NAME',
  'CARRY_OVER_SAME_FIGURE',
] as const;
export type FindingCode = (typeof findingCodes)[number];

export type Finding = {
  /** Stable for the same problem in the same place: a warning is marked as checked under this key. */
  key: string;
  severity: 'error' | 'warning';
  code: FindingCode;
  sectionKey: string | null;
  /** The field the finding concerns, e.g. `facts.2.value`, for showing it inline. */
  path: string | null;
  message: string;
};

/** What reconciliation needs besides the content. */
export type ReconciliationContext = {
  /** The report's period ("2024-12"). */
  period: string;
  /** The department's indicator catalogue. */
  catalogue: IndicatorCatalogue;
  /**
   * The figures of the approved editions (current edition of each period) of the same year before this
   * period: a stated year to date is checked against their month figures.
   */
  yearHistory?: readonly FigureObservation[];
  /** The edition this draft was started from, when it was started from last month's report. */
  carriedFrom?: { period: string; content: Pick<ReportContent, 'sections'> } | null;
};

const n = (value: number) => formatNumber(value);
const qualifierName = (q: FactQualifier) => (q === 'exact' ? 'chính xác (không có từ hạn định)' : `“${q}”`);

type Located = { fact: Fact; index: number; sectionKey: string };

function checkFact(
  fact: Fact,
  index: number,
  section: Section,
  name: string,
  indicator: Indicator | undefined,
  ctx: ReconciliationContext,
): Finding[] {
  const findings: Finding[] = [];
  const sectionKey = section.key;
  const at = (
    code: FindingCode,
    severity: Finding['severity'],
    field: string,
    message: string,
    detail = '',
  ) =>
    findings.push({
      key: `${code}:${sectionKey}:facts.${index}:${detail || fact.indicator}`,
      severity,
      code,
      sectionKey,
      path: `facts.${index}.${field}`,
      message,
    });
  if (fact.asWritten !== undefined && parseVietnameseNumber(fact.asWritten) !== fact.value) {
    at(
      'AS_WRITTEN_MISMATCH',
      'error',
      'asWritten',
      `${name}: cách ghi "${fact.asWritten}" không khớp giá trị ${n(fact.value)}.`,
    );
  }
  if (fact.mention) {
    const matches = findMentions(narrativePieces(section.blocks), fact.mention);
    const match = matches.find((m) => m.value === fact.value);
    if (matches.length === 0) {
      at(
        'NARRATIVE_MISSING',
        'warning',
        'mention',
        `${name}: không tìm thấy số liệu trong lời văn ("${fact.mention.before} … ${fact.mention.after}").`,
      );
    } else if (!match) {
      at(
        'NARRATIVE_MISMATCH',
        'error',
        'value',
        `${name}: lời văn ghi ${matches.map((m) => n(m.value)).join(', ')} nhưng số liệu là ${n(fact.value)}.`,
      );
    } else {
      const { piece, numberStart } = match;
      const written = piece.text.slice(match.numberStart, match.numberEnd);
      const textQualifier = qualifierOfText(piece.text, numberStart);
      if (textQualifier !== fact.qualifier) {
        at(
          'QUALIFIER_MISMATCH',
          'error',
          'qualifier',
          `${name}: lời văn ghi “${qualifiedText(textQualifier, written)}” nhưng mức độ chính xác của số liệu là ${qualifierName(fact.qualifier)}.`,
        );
      }
      const signal = basisSignalBefore(piece.text, numberStart, ctx.period);
      if (signal && !basisAgrees(signal, fact.basis)) {
        const said =
          signal.kind === 'period' && signal.from && signal.to
            ? describeBasis({ kind: 'period', from: signal.from, to: signal.to }, ctx.period)
            : figureBasisLabels[signal.kind].toLowerCase();
        at(
          'BASIS_MISMATCH',
          'warning',
          'basis',
          `${name}: lời văn nói “${signal.phrase}” (${said}) nhưng số liệu được ghi là ${describeBasis(fact.basis, ctx.period)}.`,
          `${fact.indicator}:${basisKey(fact.basis)}:${signal.phrase}`,
        );
      }
    }
  }
  if (indicator?.unit === '%' && fact.value > 100) {
    at('PERCENT_OUT_OF_RANGE', 'error', 'value', `${name}: tỷ lệ không thể vượt quá 100%.`);
  }
  if (fact.basis.kind === 'ytd' && indicator && indicator.aggregation !== 'sum') {
    at(
      'BASIS_NOT_COMBINABLE',
      'warning',
      'basis',
      `${name}: chỉ tiêu này không cộng dồn theo tháng nên không có số lũy kế; hãy chọn kỳ khác của số liệu.`,
    );
  }
  if (fact.basis.kind === 'period') {
    if (fact.basis.to > ctx.period) {
      at(
        'PERIOD_INVALID',
        'error',
        'basis',
        `${name}: kỳ của số liệu (${describeBasis(fact.basis, ctx.period)}) kết thúc sau kỳ báo cáo.`,
      );
    } else if (fact.basis.from === ctx.period && fact.basis.to === ctx.period) {
      at(
        'PERIOD_INVALID',
        'warning',
        'basis',
        `${name}: kỳ đã chọn chính là tháng báo cáo; hãy chọn “${figureBasisLabels.month}”.`,
      );
    } else if (fact.basis.from === `${ctx.period.slice(0, 4)}-01` && fact.basis.to === ctx.period) {
      at(
        'PERIOD_INVALID',
        'warning',
        'basis',
        `${name}: kỳ đã chọn là từ đầu năm đến tháng báo cáo; hãy chọn “${figureBasisLabels.ytd}”.`,
      );
    }
  }
  return findings;
}

function basisAgrees(
  signal: { kind: FigureBasis['kind']; from?: string; to?: string },
  basis: FigureBasis,
): boolean {
  if (signal.kind !== basis.kind) return false;
  if (signal.kind === 'period' && basis.kind === 'period' && signal.from && signal.to) {
    return signal.from === basis.from && signal.to === basis.to;
  }
  return true;
}

/**
 * Reconciles an edition's figures: each against the catalogue, its narrative (number, qualifier word,
 * period words), sums and parts within wholes (per basis), a stated year to date against the year's
 * approved month figures, carry-over from last month, cited legal references, and the outline's structure.
 */
export function reconcileReport(
  content: Pick<ReportContent, 'sections'>,
  ctx: ReconciliationContext,
): Finding[] {
  const findings: Finding[] = [];
  const seenKeys = new Set<string>();
  const located = new Map<string, Located>();
  const sections = content.sections;
  const where = (key: string) => `mục ${outlineNumber(sections, key)}`;
  const nameOf = (code: string) => {
    const ind = ctx.catalogue.get(code);
    return ind ? indicatorNameAt(ind, ctx.period) : code;
  };

  for (const section of sections) {
    if (seenKeys.has(section.key)) {
      findings.push({
        key: `DUPLICATE_SECTION:${section.key}`,
        severity: 'error',
        code: 'DUPLICATE_SECTION',
        sectionKey: section.key,
        path: 'key',
        message: `Mục ${section.key} bị trùng.`,
      });
    }
    if (section.parentKey && !seenKeys.has(section.parentKey)) {
      findings.push({
        key: `ORPHAN_SECTION:${section.key}`,
        severity: 'error',
        code: 'ORPHAN_SECTION',
        sectionKey: section.key,
        path: 'parentKey',
        message: `Mục ${section.label} ${section.title}: mục cha ${section.parentKey} không có phía trước.`,
      });
    }
    seenKeys.add(section.key);
    const narrative = narrativePieces(section.blocks)
      .map((p) => p.text)
      .join('\n');
    section.facts.forEach((fact, index) => {
      // A figure just added in the editor has no indicator yet: the form says "chưa chọn chỉ tiêu" for it, and it is
      // not a figure of the report (it cannot be saved) until one is chosen.
      if (fact.indicator === '') return;
      const indicator = ctx.catalogue.get(fact.indicator);
      const name = nameOf(fact.indicator);
      const base = { sectionKey: section.key, path: `facts.${index}.indicator` };
      if (!indicator) {
        findings.push({
          ...base,
          key: `UNKNOWN_INDICATOR:${section.key}:facts.${index}:${fact.indicator}`,
          severity: 'error',
          code: 'UNKNOWN_INDICATOR',
          message: `Số liệu ${index + 1}: chỉ tiêu “${fact.indicator}” không có trong danh mục chỉ tiêu.`,
        });
      } else if (isIndicatorRetiredAt(indicator, ctx.period)) {
        findings.push({
          ...base,
          key: `RETIRED_INDICATOR:${section.key}:facts.${index}:${fact.indicator}`,
          severity: 'error',
          code: 'RETIRED_INDICATOR',
          message: `${name}: chỉ tiêu đã ngừng sử dụng từ tháng ${Number(indicator.retiredFrom!.slice(5))}/${indicator.retiredFrom!.slice(0, 4)}.`,
        });
      }
      const slot = `${fact.indicator}|${basisKey(fact.basis)}`;
      const first = located.get(slot);
      if (first) {
        findings.push({
          ...base,
          key: `DUPLICATE_FACT:${section.key}:facts.${index}:${slot}`,
          severity: 'error',
          code: 'DUPLICATE_FACT',
          message: `${name} (${describeBasis(fact.basis, ctx.period)}): chỉ tiêu đã được ghi ở ${where(first.sectionKey)}.`,
        });
      } else {
        located.set(slot, { fact, index, sectionKey: section.key });
      }
      findings.push(...checkFact(fact, index, section, name, indicator, ctx));
    });
    section.legalRefs.forEach((ref, index) => {
      const code = formatLegalCode(ref);
      if (!narrative.includes(code)) {
        findings.push({
          key: `LEGAL_REF_NOT_CITED:${section.key}:${code}`,
          severity: 'warning',
          code: 'LEGAL_REF_NOT_CITED',
          sectionKey: section.key,
          path: `legalRefs.${index}`,
          message: `Văn bản ${code} được liên kết nhưng không được nêu trong lời văn.`,
        });
      }
    });
  }

  findings.push(...checkRelations(located, ctx, nameOf));
  findings.push(...checkYearToDate(content, ctx, nameOf));
  findings.push(...checkCarryOver(content, ctx, nameOf));
  return findings;
}

/** Sums (total = parts) and parts within wholes, among figures of the same basis; qualified figures by range. */
function checkRelations(
  located: ReadonlyMap<string, Located>,
  ctx: ReconciliationContext,
  nameOf: (code: string) => string,
): Finding[] {
  const findings: Finding[] = [];
  for (const [slot, total] of located) {
    const indicator = ctx.catalogue.get(total.fact.indicator);
    if (!indicator) continue;
    const basis = slot.slice(slot.indexOf('|') + 1);
    const partOf = (code: string) => located.get(`${code}|${basis}`);
    if (indicator.sumOf.length > 0) {
      const parts = indicator.sumOf.map(partOf);
      if (parts.every((p) => p !== undefined)) {
        const sum = addIntervals(parts.map((p) => intervalOf(p!.fact)));
        if (!intervalsMeet(sum, intervalOf(total.fact))) {
          const sumValue = parts.reduce((acc, p) => acc + p!.fact.value, 0);
          findings.push({
            key: `SUM_MISMATCH:${total.sectionKey}:${slot}`,
            severity: 'error',
            code: 'SUM_MISMATCH',
            sectionKey: total.sectionKey,
            path: `facts.${total.index}.value`,
            message: `${nameOf(indicator.code)} (${n(total.fact.value)}) phải bằng tổng ${indicator.sumOf.map(nameOf).join(' + ')} (${n(sumValue)}).`,
          });
        }
      }
    }
    if (indicator.atMost) {
      const whole = partOf(indicator.atMost);
      if (whole) {
        const part = intervalOf(total.fact);
        const limit = intervalOf(whole.fact);
        if (part.lo > limit.hi || (part.lo === limit.hi && (part.loOpen || limit.hiOpen))) {
          findings.push({
            key: `PART_EXCEEDS_WHOLE:${total.sectionKey}:${slot}`,
            severity: 'error',
            code: 'PART_EXCEEDS_WHOLE',
            sectionKey: total.sectionKey,
            path: `facts.${total.index}.value`,
            message: `${nameOf(indicator.code)} (${n(total.fact.value)}) không thể lớn hơn ${nameOf(indicator.atMost)} (${n(whole.fact.value)}).`,
          });
        }
      }
    }
  }
  return findings;
}

/** A stated year to date against the sum of the year's approved month figures and this month's. */
function checkYearToDate(
  content: Pick<ReportContent, 'sections'>,
  ctx: ReconciliationContext,
  nameOf: (code: string) => string,
): Finding[] {
  if (!ctx.yearHistory) return [];
  const own = observationsOf({ period: ctx.period, editionNo: 0, content });
  const year = ctx.period.slice(0, 4);
  const history = ctx.yearHistory.filter(
    (o) => o.reportPeriod.startsWith(year) && o.reportPeriod < ctx.period,
  );
  const findings: Finding[] = [];
  for (const code of new Set(own.filter((o) => o.basis.kind === 'ytd').map((o) => o.indicator))) {
    const indicator = ctx.catalogue.get(code);
    if (indicator?.aggregation !== 'sum') continue;
    const rows = buildIndicatorHistory(
      'sum',
      [...history, ...own].filter((o) => o.indicator === code),
    ).rows;
    const row = rows.find((r) => r.period === ctx.period);
    if (!row?.ytdDisagrees || !row.reportedYtd || !row.computedYtd) continue;
    const source = row.reportedYtd.sources[0]!;
    const computed = row.computedYtd;
    const coverage =
      computed.missingMonths.length > 0
        ? `cộng ${computed.monthsCovered}/${computed.monthsInPeriod} tháng có số liệu đã duyệt`
        : `cộng số liệu của ${computed.monthsInPeriod} tháng`;
    findings.push({
      key: `YTD_MISMATCH:${source.sectionKey}:facts.${source.factIndex}:${code}`,
      severity: 'warning',
      code: 'YTD_MISMATCH',
      sectionKey: source.sectionKey,
      path: `facts.${source.factIndex}.value`,
      message: `${nameOf(code)}: lũy kế ghi trong báo cáo là ${row.reportedYtd.text}, nhưng ${coverage} được ${computed.text}.`,
    });
  }
  return findings;
}

/**
 * A draft started from last month's report: narrative that still names last month ("tháng 11" in the
 * December report), and month figures identical to last month's.
 */
function checkCarryOver(
  content: Pick<ReportContent, 'sections'>,
  ctx: ReconciliationContext,
  nameOf: (code: string) => string,
): Finding[] {
  const previous = ctx.carriedFrom;
  if (!previous || previous.period !== previousPeriod(ctx.period)) return [];
  const findings: Finding[] = [];
  const lastMonth = `tháng ${Number(previous.period.slice(5))}/${previous.period.slice(0, 4)}`;
  const previousFacts = new Map<string, Fact>();
  for (const s of previous.content.sections)
    for (const f of s.facts) previousFacts.set(`${f.indicator}|${basisKey(f.basis)}`, f);
  for (const section of content.sections) {
    const seen = new Map<string, number>();
    for (const hit of findPreviousPeriodNames(narrativePieces(section.blocks), ctx.period)) {
      const place = `${hit.piece.blockIndex}.${hit.piece.itemIndex ?? '-'}`;
      const occurrence = (seen.get(place + hit.phrase) ?? 0) + 1;
      seen.set(place + hit.phrase, occurrence);
      const excerpt = hit.piece.text.slice(Math.max(0, hit.start - 30), hit.end + 30).trim();
      findings.push({
        key: `CARRY_OVER_PERIOD_NAME:${section.key}:${place}:${hit.phrase}:${occurrence}`,
        severity: 'warning',
        code: 'CARRY_OVER_PERIOD_NAME',
        sectionKey: section.key,
        path: `blocks.${hit.piece.blockIndex}`,
        message: `Lời văn còn nhắc “${hit.phrase}” (${lastMonth}, kỳ trước): “…${excerpt}…”.`,
      });
    }
    section.facts.forEach((fact, index) => {
      if (fact.basis.kind !== 'month') return;
      const before = previousFacts.get(`${fact.indicator}|${basisKey(fact.basis)}`);
      if (!before || before.value !== fact.value || before.qualifier !== fact.qualifier) return;
      findings.push({
        key: `CARRY_OVER_SAME_FIGURE:${section.key}:facts.${index}:${fact.indicator}`,
        severity: 'warning',
        code: 'CARRY_OVER_SAME_FIGURE',
        sectionKey: section.key,
        path: `facts.${index}.value`,
        message: `${nameOf(fact.indicator)}: số liệu ${qualifiedText(fact.qualifier, n(fact.value))} giống hệt ${lastMonth}; kiểm tra lại số của tháng này.`,
      });
    });
  }
  return findings;
}

export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
