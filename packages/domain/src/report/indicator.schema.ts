/**
 * An indicator ("chỉ tiêu") is a kind of figure the department reports month after month. The department
 * keeps its catalogue in the database (admin app, "Chỉ tiêu số liệu"); this file says what an indicator is
 * and the rules every layer applies to it. docs/decisions/0008-figure-model.md.
 */
import { z } from 'zod';
import { divisionCodeSchema, periodSchema, shortTextSchema } from '../common.schema.ts';
import { slugify } from '../text/vietnamese-text.ts';

export const indicatorCodeSchema = z
  .string()
  .trim()
  .min(1, { error: 'Chỉ tiêu: chưa chọn chỉ tiêu', abort: true })
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, {
    error: 'Mã chỉ tiêu: chỉ gồm chữ thường không dấu, chữ số, dấu chấm và dấu gạch dưới',
  })
  .max(80);

/**
 * How an indicator combines over time (DHIS2's aggregation type):
 * - `sum`: a count of the month's work; month figures add up to the year (tasks accepted, notices issued);
 * - `last`: a level (stock) at a date; never summed, the latest value stands (facilities in the province);
 * - `none`: not combined at all (a rate, a range bound); each report's figure stands alone.
 */
export const indicatorAggregations = ['sum', 'last', 'none'] as const;
export type IndicatorAggregation = (typeof indicatorAggregations)[number];
export const indicatorAggregationLabels: Record<IndicatorAggregation, string> = {
  sum: 'Cộng dồn theo tháng',
  last: 'Số hiện có (lấy số mới nhất, không cộng)',
  none: 'Không cộng gộp',
};

/** The same, short, for tables. */
export const indicatorAggregationShortLabels: Record<IndicatorAggregation, string> = {
  sum: 'Cộng dồn',
  last: 'Số hiện có',
  none: 'Không cộng gộp',
};

/** The basis a new figure of the indicator starts with in the editor (a stated period needs its months). */
export const defaultBasisKinds = ['month', 'ytd', 'level'] as const;
export type DefaultBasisKind = (typeof defaultBasisKinds)[number];

/** A name valid from a month on; the first one has no start. Older reports keep the name of their month. */
export const indicatorNameSchema = z.object({ from: periodSchema.nullable(), name: shortTextSchema });
export type IndicatorName = z.infer<typeof indicatorNameSchema>;

export const indicatorSchema = z.object({
  code: indicatorCodeSchema,
  /** Oldest first; the first has `from: null`. */
  names: z.array(indicatorNameSchema).min(1),
  unit: z.string().trim().min(1).max(30),
  group: shortTextSchema,
  /** The division that keeps the indicator (its trưởng phòng may change it); null: the quản trị only. */
  division: divisionCodeSchema.nullable(),
  aggregation: z.enum(indicatorAggregations),
  defaultBasis: z.enum(defaultBasisKinds),
  /** This indicator equals the sum of these (same report, same basis). */
  sumOf: z.array(indicatorCodeSchema).max(20),
  /** This indicator never exceeds that one (same report, same basis). */
  atMost: indicatorCodeSchema.nullable(),
  /** From this month on no report may state it; its published history stays. */
  retiredFrom: periodSchema.nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** The catalogue, by code. */
export type IndicatorCatalogue = ReadonlyMap<string, Indicator>;

export function indexIndicators(indicators: readonly Indicator[]): IndicatorCatalogue {
  return new Map(indicators.map((i) => [i.code, i]));
}

/** The name an indicator had in the report of `period`. */
export function indicatorNameAt(indicator: Pick<Indicator, 'names'>, period: string): string {
  let name = indicator.names[0]!.name;
  for (const n of indicator.names) if (n.from === null || n.from <= period) name = n.name;
  return name;
}

/** The indicator's name today (its latest). */
export function currentIndicatorName(indicator: Pick<Indicator, 'names'>): string {
  return indicator.names[indicator.names.length - 1]!.name;
}

export function isIndicatorRetiredAt(indicator: Pick<Indicator, 'retiredFrom'>, period: string): boolean {
  return indicator.retiredFrom !== null && indicator.retiredFrom <= period;
}

/** A readable code for a new indicator: "<group>.<name>" folded, "tiem_luc_kh_cn.hoi_dong_tu_van". */
export function indicatorCodeFor(group: string, name: string): string {
  const part = (text: string, max: number) => slugify(text, max).replace(/-/g, '_') || 'chi_tieu';
  const head = part(group, 24);
  return `${/^[a-z]/.test(head) ? head : `ct_${head}`}.${part(name, 48)}`;
}

/** What staff say about an indicator besides its name: the fields the add and edit forms share. */
const indicatorDefinitionFields = {
  unit: z.string().trim().min(1).max(30),
  group: shortTextSchema,
  division: divisionCodeSchema.nullable(),
  aggregation: z.enum(indicatorAggregations),
  defaultBasis: z.enum(defaultBasisKinds),
};

/** Fields staff fill in to add an indicator. */
export const createIndicatorInputSchema = z.object({
  name: shortTextSchema,
  ...indicatorDefinitionFields,
  /** Optional: made from the group and the name when left out. */
  code: indicatorCodeSchema.optional(),
});
export type CreateIndicatorInput = z.infer<typeof createIndicatorInputSchema>;

/** What can change without touching published history: not the code, not the names (see rename). */
export const updateIndicatorInputSchema = z.object({
  code: indicatorCodeSchema,
  version: z.number().int().min(0),
  ...indicatorDefinitionFields,
  sumOf: z.array(indicatorCodeSchema).max(20),
  atMost: indicatorCodeSchema.nullable(),
});
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorInputSchema>;

/** A new name from a month on; reports of earlier months keep the old one. */
export const renameIndicatorInputSchema = z.object({
  code: indicatorCodeSchema,
  version: z.number().int().min(0),
  name: shortTextSchema,
  from: periodSchema,
});
export type RenameIndicatorInput = z.infer<typeof renameIndicatorInputSchema>;

/** Stop using an indicator from a month on (null: use it again). */
export const retireIndicatorInputSchema = z.object({
  code: indicatorCodeSchema,
  version: z.number().int().min(0),
  from: periodSchema.nullable(),
});
export type RetireIndicatorInput = z.infer<typeof retireIndicatorInputSchema>;

/** Adds a name from `from` on, replacing a name that starts the same month. */
export function withNameFrom(names: readonly IndicatorName[], name: string, from: string): IndicatorName[] {
  const kept = names.filter((n) => n.from === null || n.from < from);
  return [...kept, { from, name }];
}
