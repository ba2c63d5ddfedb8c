/**
 * Indicator series for the figures pages: each indicator's value per report period (current editions),
 * month over month and cumulated year to date. Chart geometry is computed here; the pages draw it as SVG.
 */
import {
  currentEdition,
  factQualifiers,
  formatNumber,
  formatPeriod,
  type IndicatorCode,
  indicatorCatalogue,
  type PublicReport,
  slugify,
} from '@khcn/domain';

/**
 * Indicators that state a level ("the province has 18 facilities", a satisfaction rate), not a count of
 * the month's work: summing them over a year means nothing, so they get no year-to-date figure.
 */
const levelIndicators = new Set<IndicatorCode>([
  'radiation.source_facilities',
  'radiation.source_devices',
  'radiation.xray_industrial_units',
  'radiation.xray_industrial_devices',
  'radiation.medical_xray_units',
  'radiation.medical_xray_devices',
  'radiation.accelerator_units',
  'radiation.accelerator_devices',
  'reform.satisfaction_min',
  'reform.satisfaction_max',
]);

export type FigurePoint = {
  period: string;
  value: number | null;
  /** As the report states it: qualifier and the figure as typed ("gần 100"). */
  text: string;
  /** Sum since January of the same year (counts only). */
  ytd: number | null;
};

export type IndicatorSeries = {
  code: IndicatorCode;
  slug: string;
  url: string;
  label: string;
  unit: string;
  group: string;
  cumulative: boolean;
  /** One point per published period, oldest first; value null when the period does not state it. */
  points: FigurePoint[];
  latest: FigurePoint;
  previous: FigurePoint | null;
};

export function buildFigureSeries(reports: readonly PublicReport[]): {
  periods: string[];
  series: IndicatorSeries[];
} {
  const periods = reports.map((r) => r.period).sort();
  const values = new Map<IndicatorCode, Map<string, { value: number; texts: string[] }>>();
  for (const report of reports) {
    for (const section of currentEdition(report).content.sections) {
      for (const fact of section.facts) {
        let byPeriod = values.get(fact.indicator);
        if (!byPeriod) {
          byPeriod = new Map();
          values.set(fact.indicator, byPeriod);
        }
        const entry = byPeriod.get(report.period) ?? { value: 0, texts: [] };
        entry.value += fact.value;
        const qualifier = factQualifiers[fact.qualifier];
        entry.texts.push(`${qualifier ? `${qualifier} ` : ''}${fact.asWritten ?? formatNumber(fact.value)}`);
        byPeriod.set(report.period, entry);
      }
    }
  }
  const codes = (Object.keys(indicatorCatalogue) as IndicatorCode[]).filter((c) => values.has(c));
  const series = codes.map((code): IndicatorSeries => {
    const def = indicatorCatalogue[code];
    const cumulative = !levelIndicators.has(code);
    const byPeriod = values.get(code)!;
    let year = '';
    let sum = 0;
    const points = periods.map((period): FigurePoint => {
      if (period.slice(0, 4) !== year) {
        year = period.slice(0, 4);
        sum = 0;
      }
      const entry = byPeriod.get(period);
      if (entry) sum += entry.value;
      return {
        period,
        value: entry ? entry.value : null,
        text: entry ? entry.texts.join(' + ') : 'không báo cáo',
        ytd: cumulative ? sum : null,
      };
    });
    const slug = slugify(code.replace(/[._]/g, ' '));
    return {
      code,
      slug,
      url: `/so-lieu/${slug}/`,
      label: def.label,
      unit: def.unit,
      group: def.group,
      cumulative,
      points,
      latest: points[points.length - 1]!,
      previous: points.length > 1 ? points[points.length - 2]! : null,
    };
  });
  return { periods, series };
}

/** "11/2024" */
export function shortPeriod(period: string): string {
  return `${period.slice(5, 7)}/${period.slice(0, 4)}`;
}
export { formatPeriod };

export type BarChart = {
  width: number;
  height: number;
  /** Plot area. */
  top: number;
  left: number;
  plotHeight: number;
  max: number;
  ticks: Array<{ y: number; label: string }>;
  bars: Array<{
    x: number;
    y: number;
    width: number;
    height: number;
    label: string;
    valueLabel: string;
    missing: boolean;
  }>;
  line: string | null;
};

const niceMax = (value: number) => {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value)!;
  return step * magnitude;
};

/** Geometry of a bar chart (or a line, for cumulative values) over the given points. */
export function chartGeometry(
  points: ReadonlyArray<{ label: string; value: number | null }>,
  kind: 'bars' | 'line',
): BarChart {
  const width = 640;
  const height = 260;
  const left = 56;
  const top = 16;
  const bottom = 40;
  const right = 12;
  const plotHeight = height - top - bottom;
  const plotWidth = width - left - right;
  const max = niceMax(Math.max(0, ...points.map((p) => p.value ?? 0)));
  const slot = plotWidth / Math.max(1, points.length);
  const barWidth = Math.max(4, Math.min(40, slot * 0.6));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({
    y: top + plotHeight - f * plotHeight,
    label: formatNumber(Math.round(max * f * 100) / 100),
  }));
  const bars = points.map((p, i) => {
    const h = p.value === null ? 0 : (p.value / max) * plotHeight;
    return {
      x: left + slot * i + (slot - barWidth) / 2,
      y: top + plotHeight - h,
      width: barWidth,
      height: h,
      label: p.label,
      valueLabel: p.value === null ? '' : formatNumber(p.value),
      missing: p.value === null,
    };
  });
  const line =
    kind === 'line'
      ? bars
          .filter((b) => !b.missing)
          .map((b, i) => `${i === 0 ? 'M' : 'L'}${(b.x + b.width / 2).toFixed(1)},${b.y.toFixed(1)}`)
          .join(' ')
      : null;
  return { width, height, top, left, plotHeight, max, ticks, bars, line };
}
