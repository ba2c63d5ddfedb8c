/**
 * The figures pages: each indicator's history from the current edition of every published report, combined
 * only as the domain's aggregation rules allow (docs/decisions/0008-figure-model.md), with the link from every
 * value to the sentence of the approved report that states it. Chart geometry is computed here; the pages
 * draw it as SVG.
 */
import {
  buildIndicatorHistory,
  currentEdition,
  currentIndicatorName,
  type FigureObservation,
  type FigureSource,
  formatNumber,
  formatPeriod,
  type Indicator,
  type IndicatorHistory,
  type IndicatorPeriodRow,
  indicatorNameAt,
  observationsOf,
  previousPeriod,
  type PublicReport,
  slugify,
} from '@khcn/domain';

/** Anchor of a figure in its report page: the sentence that states it (or its row in the figures table). */
export function factAnchor(sectionKey: string, factIndex: number): string {
  return `so-lieu-${slugify(sectionKey)}-${factIndex + 1}`;
}

/** The URL of the sentence that states a published figure (the current edition's page). */
export function figureSourceUrl(source: FigureSource): string {
  return `/bao-cao/${source.reportPeriod}/#${factAnchor(source.sectionKey, source.factIndex)}`;
}

export type IndicatorPage = {
  indicator: Indicator;
  code: string;
  slug: string;
  url: string;
  /** Today's name; earlier names with the last month they were used. */
  name: string;
  formerNames: Array<{ name: string; until: string }>;
  unit: string;
  group: string;
  history: IndicatorHistory;
  /** The newest report period that states the indicator. */
  latest: IndicatorPeriodRow;
  previous: IndicatorPeriodRow | null;
};

export type FigurePages = {
  /** Every published report period, oldest first. */
  periods: string[];
  pages: IndicatorPage[];
  byCode: Map<string, IndicatorPage>;
  /** Every indicator any published edition states (older editions may state one today's reports do not). */
  indicators: Map<string, Indicator>;
};

export function buildFigurePages(
  reports: readonly PublicReport[],
  indicators: readonly Indicator[],
): FigurePages {
  const periods = reports.map((r) => r.period).sort();
  const observations = new Map<string, FigureObservation[]>();
  for (const report of reports) {
    const edition = currentEdition(report);
    for (const o of observationsOf({
      period: report.period,
      editionNo: edition.editionNo,
      content: edition.content,
    })) {
      const list = observations.get(o.indicator) ?? [];
      list.push(o);
      observations.set(o.indicator, list);
    }
  }
  const usedSlugs = new Set<string>();
  const pages = indicators
    .filter((indicator) => observations.has(indicator.code))
    .map((indicator): IndicatorPage => {
      const history = buildIndicatorHistory(indicator.aggregation, observations.get(indicator.code)!);
      const base = slugify(indicator.code.replace(/[._]/g, ' ')) || 'chi-tieu';
      let slug = base;
      for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
      usedSlugs.add(slug);
      const rows = history.rows;
      return {
        indicator,
        code: indicator.code,
        slug,
        url: `/so-lieu/${slug}/`,
        name: currentIndicatorName(indicator),
        formerNames: indicator.names.slice(0, -1).map((n, i) => ({
          name: n.name,
          until: previousPeriod(indicator.names[i + 1]!.from!),
        })),
        unit: indicator.unit,
        group: indicator.group,
        history,
        latest: rows[rows.length - 1]!,
        previous: rows.length > 1 ? rows[rows.length - 2]! : null,
      };
    });
  return {
    periods,
    pages,
    byCode: new Map(pages.map((p) => [p.code, p])),
    indicators: new Map(indicators.map((i) => [i.code, i])),
  };
}

/** The name an indicator had in the report of `period` (older reports keep their name). */
export function indicatorNameIn(figures: FigurePages, code: string, period: string): string {
  const indicator = figures.indicators.get(code);
  return indicator ? indicatorNameAt(indicator, period) : code;
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

/** Geometry of a bar chart (or a line, for years to date and levels) over the given points. */
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

/** Where a year to date comes from, in words: "theo báo cáo", "cộng 11 tháng", "cộng 3/11 tháng có số liệu". */
export function ytdSourceText(row: IndicatorPeriodRow): string {
  if (!row.ytd) return '';
  if (row.ytd.source === 'reported') return 'số lũy kế theo báo cáo';
  const c = row.computedYtd!;
  return c.missingMonths.length === 0
    ? `cộng số liệu ${c.monthsInPeriod} tháng`
    : `cộng ${c.monthsCovered}/${c.monthsInPeriod} tháng có số liệu đã công khai`;
}

/** "30/11/2024" from an ISO date. */
export const dayText = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
