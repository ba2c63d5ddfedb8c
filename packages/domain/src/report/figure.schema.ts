/**
 * What a figure in a report means besides its number: the period it counts over (its basis) and the word
 * that qualifies it ("hơn 9.800", "gần 100"). docs/decisions/0008-figure-model.md explains the model.
 */
import { z } from 'zod';
import { isoDateSchema, periodSchema } from '../common.schema.ts';

/**
 * The words a Vietnamese report puts before a figure to qualify it, as the author writes them. The stored
 * qualifier IS the text's word, so the site, the charts and open data repeat it; `exact` means none.
 */
export const qualifierWords = [
  'hơn',
  'trên',
  'ít nhất',
  'tối thiểu',
  'gần',
  'khoảng',
  'xấp xỉ',
  'ước tính',
  'ước đạt',
  'dưới',
  'chưa đến',
  'chưa tới',
  'không quá',
  'tối đa',
] as const;
export type QualifierWord = (typeof qualifierWords)[number];
export const factQualifierSchema = z.enum(['exact', ...qualifierWords]);
export type FactQualifier = z.infer<typeof factQualifierSchema>;

/**
 * What a qualifier says about the true value v of a stated figure x:
 * more_than v > x; at_least v >= x; about v ≈ x; nearly v ≈ x, a little under; less_than v < x; at_most v <= x.
 */
export type QualifierBound =
  | 'exact'
  | 'more_than'
  | 'at_least'
  | 'about'
  | 'nearly'
  | 'less_than'
  | 'at_most';

export const qualifierBounds: Record<FactQualifier, QualifierBound> = {
  exact: 'exact',
  hơn: 'more_than',
  trên: 'more_than',
  'ít nhất': 'at_least',
  'tối thiểu': 'at_least',
  gần: 'nearly',
  khoảng: 'about',
  'xấp xỉ': 'about',
  'ước tính': 'about',
  'ước đạt': 'about',
  dưới: 'less_than',
  'chưa đến': 'less_than',
  'chưa tới': 'less_than',
  'không quá': 'at_most',
  'tối đa': 'at_most',
};

/** The word used for an aggregate of a given bound when its parts do not share one word. */
export const boundWords: Record<Exclude<QualifierBound, 'exact'>, QualifierWord> = {
  more_than: 'hơn',
  at_least: 'ít nhất',
  about: 'khoảng',
  nearly: 'gần',
  less_than: 'dưới',
  at_most: 'không quá',
};

/** "hơn 9.800" / "1.034": a figure as the text states it, with its qualifier word. */
export function qualifiedText(qualifier: FactQualifier, figure: string): string {
  return qualifier === 'exact' ? figure : `${qualifier} ${figure}`;
}

export const figureBasisKinds = ['month', 'ytd', 'period', 'level'] as const;
export type FigureBasisKind = (typeof figureBasisKinds)[number];

/**
 * The period a figure counts over:
 * - `month`: the report's own month ("trong tháng, cấp 02 giấy chứng nhận"); the default;
 * - `ytd`: 1 January to the end of the report's month ("lũy kế từ đầu năm", "11 tháng năm 2024");
 * - `period`: a stated run of whole months, e.g. a past year ("năm 2023": 2023-01..2023-12);
 * - `level`: a stock at a date ("tính đến nay, trên địa bàn tỉnh có 18 cơ sở"); `asOf` defaults to the
 *   last day of the report's month.
 */
export const figureBasisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month') }),
  z.object({ kind: z.literal('ytd') }),
  z
    .object({ kind: z.literal('period'), from: periodSchema, to: periodSchema })
    .refine((b) => b.from <= b.to, {
      error: 'Đến tháng: phải bằng hoặc sau tháng bắt đầu',
      path: ['to'],
    }),
  z.object({ kind: z.literal('level'), asOf: isoDateSchema.optional() }),
]);
export type FigureBasis = z.infer<typeof figureBasisSchema>;

export const figureBasisLabels: Record<FigureBasisKind, string> = {
  month: 'Trong tháng báo cáo',
  ytd: 'Lũy kế từ đầu năm',
  period: 'Kỳ khác (từ tháng đến tháng)',
  level: 'Số hiện có tại thời điểm',
};

const pad2 = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The last day of a period: "2024-02" -> "2024-02-29". */
export function periodEndDate(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${period}-${pad2(daysInMonth(y, m))}`;
}

/** The first day of a period: "2024-02" -> "2024-02-01". */
export function periodStartDate(period: string): string {
  return `${period}-01`;
}

/** The dates a figure of `basis` stated in the report of `reportPeriod` covers (a level: start = end). */
export function basisCoverage(basis: FigureBasis, reportPeriod: string): { start: string; end: string } {
  switch (basis.kind) {
    case 'month':
      return { start: periodStartDate(reportPeriod), end: periodEndDate(reportPeriod) };
    case 'ytd':
      return { start: `${reportPeriod.slice(0, 4)}-01-01`, end: periodEndDate(reportPeriod) };
    case 'period':
      return { start: periodStartDate(basis.from), end: periodEndDate(basis.to) };
    case 'level': {
      const at = basis.asOf ?? periodEndDate(reportPeriod);
      return { start: at, end: at };
    }
  }
}

const monthText = (period: string) => `${Number(period.slice(5, 7))}/${period.slice(0, 4)}`;

/** Words for the period of a figure: "tháng 11/2024", "lũy kế 11 tháng năm 2024", "năm 2023", "tính đến 30/11/2024". */
export function describeBasis(basis: FigureBasis, reportPeriod: string): string {
  switch (basis.kind) {
    case 'month':
      return `tháng ${monthText(reportPeriod)}`;
    case 'ytd': {
      const month = Number(reportPeriod.slice(5, 7));
      return month === 1
        ? `lũy kế tháng 1/${reportPeriod.slice(0, 4)}`
        : `lũy kế ${month} tháng năm ${reportPeriod.slice(0, 4)}`;
    }
    case 'period': {
      if (basis.from === basis.to) return `tháng ${monthText(basis.from)}`;
      const wholeYear =
        basis.from.endsWith('-01') &&
        basis.to.endsWith('-12') &&
        basis.from.slice(0, 4) === basis.to.slice(0, 4);
      if (wholeYear) return `năm ${basis.from.slice(0, 4)}`;
      return `từ tháng ${monthText(basis.from)} đến tháng ${monthText(basis.to)}`;
    }
    case 'level': {
      const at = basis.asOf ?? periodEndDate(reportPeriod);
      return `tính đến ${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}`;
    }
  }
}

/** A key that tells figures of one indicator apart within one report: the same basis twice is a duplicate. */
export function basisKey(basis: FigureBasis): string {
  switch (basis.kind) {
    case 'period':
      return `period:${basis.from}:${basis.to}`;
    case 'level':
      return `level:${basis.asOf ?? ''}`;
    default:
      return basis.kind;
  }
}
