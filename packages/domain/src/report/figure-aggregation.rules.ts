/**
 * How figures combine over time, so that no published aggregate is false (docs/decisions/0008-figure-model.md):
 * - only month figures are summed, and only for indicators that sum; a year to date is computed from the
 *   year's month figures, says how many months it covers, and is "ít nhất" when a month is missing;
 * - a year to date the report states itself is shown as stated, labelled so, and preferred;
 * - a level is never summed: the latest stands; a figure of another period never enters the year;
 * - a qualified figure qualifies every aggregate it enters ("hơn" -> "hơn", "gần" + "khoảng" -> "khoảng").
 */
import { nextPeriod } from '../common.schema.ts';
import { formatNumber } from '../format/vietnamese-format.ts';
import {
  basisCoverage,
  boundWords,
  type FactQualifier,
  type FigureBasis,
  periodEndDate,
  type QualifierBound,
  qualifiedText,
  qualifierBounds,
} from './figure.schema.ts';
import type { IndicatorAggregation } from './indicator.schema.ts';
import type { Fact, ReportContent } from './report.schema.ts';

/** Where a published figure is stated: the sentence of an approved edition (for links to it). */
export type FigureSource = { reportPeriod: string; editionNo: number; sectionKey: string; factIndex: number };

/** One figure of one approved edition. */
export type FigureObservation = FigureSource & {
  indicator: string;
  value: number;
  qualifier: FactQualifier;
  asWritten?: string | undefined;
  basis: FigureBasis;
};

/** The figures an edition states, each with where it is stated. */
export function observationsOf(edition: {
  period: string;
  editionNo: number;
  content: Pick<ReportContent, 'sections'>;
}): FigureObservation[] {
  return edition.content.sections.flatMap((section) =>
    section.facts.map((fact: Fact, factIndex) => ({
      reportPeriod: edition.period,
      editionNo: edition.editionNo,
      sectionKey: section.key,
      factIndex,
      indicator: fact.indicator,
      value: fact.value,
      qualifier: fact.qualifier,
      asWritten: fact.asWritten,
      basis: fact.basis,
    })),
  );
}

/** A number with the word that qualifies it. */
export type QualifiedValue = { value: number; qualifier: FactQualifier };

/** The qualifier of a sum of qualified figures: never exact when one part is not. */
export function combineQualifiers(qualifiers: readonly FactQualifier[]): FactQualifier {
  const qualified = qualifiers.filter((q) => q !== 'exact');
  if (qualified.length === 0) return 'exact';
  const bounds = new Set(qualified.map((q) => qualifierBounds[q]));
  let bound: Exclude<QualifierBound, 'exact'>;
  if (bounds.size === 1) bound = [...bounds][0] as Exclude<QualifierBound, 'exact'>;
  else {
    const lower = bounds.has('more_than') || bounds.has('at_least');
    const upper = bounds.has('less_than') || bounds.has('at_most');
    const approx = bounds.has('about') || bounds.has('nearly');
    if (approx || (lower && upper)) bound = 'about';
    else if (lower) bound = 'more_than';
    else bound = 'less_than';
  }
  const words = new Set(qualified);
  const only = words.size === 1 ? qualified[0]! : null;
  return only && qualifierBounds[only] === bound ? only : boundWords[bound];
}

/** The sum of qualified figures, qualified as combineQualifiers says. */
export function sumQualified(parts: readonly QualifiedValue[]): QualifiedValue {
  return {
    value: roundSum(parts.reduce((acc, p) => acc + p.value, 0)),
    qualifier: combineQualifiers(parts.map((p) => p.qualifier)),
  };
}

/** Sums of decimals without float noise (0.1 + 0.2 -> 0.3). */
const roundSum = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The values a qualified figure allows, for telling whether two statements can both be true. Approximate
 * words allow ±20% ("gần": up to 20% under, never over).
 */
export type Interval = { lo: number; hi: number; loOpen: boolean; hiOpen: boolean };
export function intervalOf({ value, qualifier }: QualifiedValue): Interval {
  switch (qualifierBounds[qualifier]) {
    case 'exact':
      return { lo: value, hi: value, loOpen: false, hiOpen: false };
    case 'more_than':
      return { lo: value, hi: Number.POSITIVE_INFINITY, loOpen: true, hiOpen: false };
    case 'at_least':
      return { lo: value, hi: Number.POSITIVE_INFINITY, loOpen: false, hiOpen: false };
    case 'less_than':
      return { lo: 0, hi: value, loOpen: false, hiOpen: true };
    case 'at_most':
      return { lo: 0, hi: value, loOpen: false, hiOpen: false };
    case 'about':
      return { lo: value * 0.8, hi: value * 1.2, loOpen: false, hiOpen: false };
    case 'nearly':
      return { lo: value * 0.8, hi: value, loOpen: false, hiOpen: false };
  }
}

/** The interval of a sum: the sum of the intervals (at least its known part when some months are missing). */
export function addIntervals(parts: readonly Interval[]): Interval {
  return parts.reduce(
    (acc, p) => ({
      lo: acc.lo + p.lo,
      hi: acc.hi + p.hi,
      loOpen: acc.loOpen || p.loOpen,
      hiOpen: acc.hiOpen || p.hiOpen,
    }),
    { lo: 0, hi: 0, loOpen: false, hiOpen: false },
  );
}

const EPSILON = 1e-9;
/** True when some value satisfies both. */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi - EPSILON) return true;
  if (Math.abs(lo - hi) <= EPSILON) {
    const loOpen = (a.lo >= b.lo - EPSILON && a.loOpen) || (b.lo >= a.lo - EPSILON && b.loOpen);
    const hiOpen = (a.hi <= b.hi + EPSILON && a.hiOpen) || (b.hi <= a.hi + EPSILON && b.hiOpen);
    return !loOpen && !hiOpen;
  }
  return false;
}

/** A published figure: its value, its word, the text shown ("hơn 9.800") and the sentences that state it. */
export type StatedFigure = QualifiedValue & { text: string; sources: FigureSource[] };

const stated = (parts: readonly FigureObservation[]): StatedFigure => {
  const sum = sumQualified(parts);
  const text =
    parts.length === 1
      ? qualifiedText(parts[0]!.qualifier, parts[0]!.asWritten ?? formatNumber(parts[0]!.value))
      : qualifiedText(sum.qualifier, formatNumber(sum.value));
  return { ...sum, text, sources: parts.map(sourceOf) };
};
const sourceOf = (o: FigureObservation): FigureSource => ({
  reportPeriod: o.reportPeriod,
  editionNo: o.editionNo,
  sectionKey: o.sectionKey,
  factIndex: o.factIndex,
});

/** A year to date computed from month figures: how many of the year's months it covers. */
export type ComputedYtd = StatedFigure & {
  monthsCovered: number;
  monthsInPeriod: number;
  missingMonths: string[];
};

/** One report period of an indicator's history. */
export type IndicatorPeriodRow = {
  period: string;
  /** The report's own month. */
  month: StatedFigure | null;
  /** A year to date the report states. */
  reportedYtd: StatedFigure | null;
  /** Summed from the year's month figures (summing indicators only). */
  computedYtd: ComputedYtd | null;
  /** The year to date shown: the reported one when there is one. */
  ytd: { figure: StatedFigure; source: 'reported' | 'computed' } | null;
  /** Reported and computed year to date cannot both be true. */
  ytdDisagrees: boolean;
  /** A level the report states, at its date. */
  level: (StatedFigure & { asOf: string }) | null;
};

/** A figure for a period other than its report's month or year to date ("năm 2023"). */
export type OtherPeriodFigure = StatedFigure & { start: string; end: string; reportPeriod: string };

export type IndicatorHistory = {
  aggregation: IndicatorAggregation;
  /** One row per report period that states the indicator, oldest first. */
  rows: IndicatorPeriodRow[];
  otherPeriods: OtherPeriodFigure[];
  /** For levels (and month figures of a `last` indicator, read as the level at the month's end): the latest. */
  latestLevel: (StatedFigure & { asOf: string }) | null;
};

const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let period = from; period <= to; period = nextPeriod(period)) out.push(period);
  return out;
};

/**
 * An indicator's history from the figures of approved editions (the current edition of each period):
 * month figures, years to date (reported and computed), levels, and figures of other periods, each
 * combined only as the indicator's aggregation allows.
 */
export function buildIndicatorHistory(
  aggregation: IndicatorAggregation,
  observations: readonly FigureObservation[],
): IndicatorHistory {
  const byPeriod = new Map<string, FigureObservation[]>();
  for (const o of observations) {
    const list = byPeriod.get(o.reportPeriod) ?? [];
    list.push(o);
    byPeriod.set(o.reportPeriod, list);
  }
  const periods = [...byPeriod.keys()].sort();
  const monthFigure = new Map<string, StatedFigure>();
  for (const period of periods) {
    const months = byPeriod.get(period)!.filter((o) => o.basis.kind === 'month');
    if (months.length > 0) monthFigure.set(period, stated(months));
  }

  const rows = periods.map((period): IndicatorPeriodRow => {
    const obs = byPeriod.get(period)!;
    const of = (kind: FigureBasis['kind']) => obs.filter((o) => o.basis.kind === kind);
    const month = monthFigure.get(period) ?? null;
    const ytdObs = aggregation === 'sum' ? of('ytd') : [];
    const reportedYtd = ytdObs.length > 0 ? stated(ytdObs) : null;
    let computedYtd: ComputedYtd | null = null;
    if (aggregation === 'sum') {
      const yearMonths = monthsBetween(`${period.slice(0, 4)}-01`, period);
      const covered = yearMonths.filter((p) => monthFigure.has(p));
      if (covered.length > 0) {
        const parts = covered.map((p) => monthFigure.get(p)!);
        const sum = sumQualified(parts);
        const missing = yearMonths.filter((p) => !monthFigure.has(p));
        // With months missing, the year holds at least what the known months add up to.
        const qualifier = missing.length > 0 ? combineQualifiers([sum.qualifier, 'ít nhất']) : sum.qualifier;
        computedYtd = {
          value: sum.value,
          qualifier,
          text: qualifiedText(qualifier, formatNumber(sum.value)),
          sources: parts.flatMap((p) => p.sources),
          monthsCovered: covered.length,
          monthsInPeriod: yearMonths.length,
          missingMonths: missing,
        };
      }
    }
    const ytdDisagrees =
      reportedYtd !== null && computedYtd !== null && !ytdIntervalsMeet(reportedYtd, computedYtd);
    const levels = of('level');
    const lastLevel = levels.length > 0 ? levels[levels.length - 1]! : null;
    return {
      period,
      month,
      reportedYtd,
      computedYtd,
      ytd: reportedYtd
        ? { figure: reportedYtd, source: 'reported' }
        : computedYtd
          ? { figure: computedYtd, source: 'computed' }
          : null,
      ytdDisagrees,
      level: lastLevel ? { ...stated([lastLevel]), asOf: basisCoverage(lastLevel.basis, period).end } : null,
    };
  });

  const otherPeriods = observations
    .filter((o) => o.basis.kind === 'period' || (o.basis.kind === 'ytd' && aggregation !== 'sum'))
    .map((o): OtherPeriodFigure => {
      const { start, end } = basisCoverage(o.basis, o.reportPeriod);
      return { ...stated([o]), start, end, reportPeriod: o.reportPeriod };
    })
    .sort((a, b) => (a.end === b.end ? (a.reportPeriod < b.reportPeriod ? -1 : 1) : a.end < b.end ? -1 : 1));

  let latestLevel: IndicatorHistory['latestLevel'] = null;
  for (const o of observations) {
    const counts = o.basis.kind === 'level' || (aggregation === 'last' && o.basis.kind === 'month');
    if (!counts) continue;
    const asOf =
      o.basis.kind === 'level' ? basisCoverage(o.basis, o.reportPeriod).end : periodEndDate(o.reportPeriod);
    const later =
      !latestLevel ||
      asOf > latestLevel.asOf ||
      (asOf === latestLevel.asOf && o.reportPeriod >= latestLevel.sources[0]!.reportPeriod);
    if (later) latestLevel = { ...stated([o]), asOf };
  }
  return { aggregation, rows, otherPeriods, latestLevel };
}

/** Whether a reported and a computed year to date can both be true (missing months: computed is a floor). */
export function ytdIntervalsMeet(reported: QualifiedValue, computed: ComputedYtd): boolean {
  const c = intervalOf(computed);
  const floor = computed.missingMonths.length > 0 ? { ...c, hi: Number.POSITIVE_INFINITY, hiOpen: false } : c;
  return intervalsMeet(intervalOf(reported), floor);
}
