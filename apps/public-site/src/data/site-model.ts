/**
 * Everything the pages show, derived once per build from the snapshot: URLs, labels, facets, timelines.
 * Pages only look things up here, so rendering thousands of pages stays cheap. What a record kind shows (its
 * list, facets, summary, search text, report line) comes from the domain's record-kind registry.
 */
import {
  anyRecordKind,
  compareVietnamese,
  currentEdition,
  diffForReaders,
  type EditionRef,
  type FacetSpec,
  foldText,
  formatDate,
  formatPeriod,
  formatReportNumber,
  outlineNumber,
  type PublicEdition,
  type PublicRecordByKind,
  type PublicRecordKind,
  type PublicReport,
  type PublicSnapshot,
  publicRecordKinds,
  type ReaderDiff,
  type RecordKind,
  type RecordRef,
  recordKindEntries,
  sectionNarrative,
  slugify,
} from '@khcn/domain';
import type { SectionKey } from './sections.ts';

export type Snapshot = PublicSnapshot;

/** A reference to an approved edition, as cited by records and timelines. */
export type EditionCitation = { text: string; url: string | null };

export type EditionView = {
  editionNo: number;
  edition: PublicEdition;
  /** Page of this edition: the report page for the current one, `lan-<n>/` for earlier ones. */
  url: string;
  isCurrent: boolean;
  numberText: string;
  issuedOnText: string;
  /** Diff from the previous edition (none for edition 1). */
  diff: ReaderDiff | null;
};

export type ReportView = {
  report: PublicReport;
  period: string;
  year: number;
  title: string;
  url: string;
  jsonUrl: string;
  current: EditionView;
  editions: EditionView[];
  searchKeys: string;
};

/** A facet of a list: one of its values and the items carrying it. */
export type FacetValue<T> = { slug: string; label: string; items: T[] };
export type Facet<T> = { key: string; segment: string; label: string; values: FacetValue<T>[] };

export type ItemSummary = {
  title: string;
  url: string;
  meta: Array<{ label: string; value: string }>;
  note?: string;
};

/** How a page enters the site search: its kind, year and field filters and its đ-folded words. */
export type SearchEntry = {
  kind: string;
  year?: string | undefined;
  field?: string | undefined;
  keys?: string | undefined;
};

/** A record of a kind with its own pages, as its page and its list show it. */
export type RecordView<R = Record<string, unknown> & { id: string; asOf: EditionRef }> = {
  kind: PublicRecordKind;
  record: R;
  slug: string;
  url: string;
  year: string;
  asOf: EditionCitation;
  summary: ItemSummary;
  search: SearchEntry;
};
/** What a kind's page template (components/record-pages/<kind>.astro) is given: the record's view. */
export type RecordPageProps<K extends PublicRecordKind> = { view: RecordView<PublicRecordByKind[K]> };

export type Collection = {
  kind: PublicRecordKind;
  /** The navigation section of its pages: the kind's collection ("tasks"). */
  section: SectionKey;
  /** "nhiem-vu": the URL segment of its pages. */
  segment: string;
  /** "/nhiem-vu/" */
  base: string;
  title: string;
  /** Its short label (navigation, breadcrumbs). */
  nav: string;
  description: string;
  items: RecordView[];
  facets: Facet<RecordView>[];
  /** Compact index for the progressive-enhancement filter script. */
  filterIndexUrl: string;
};

export type SiteModel = {
  snapshot: Snapshot;
  siteUrl: string;
  reports: ReportView[];
  reportByPeriod: Map<string, ReportView>;
  /** The lists of the kinds with pages, in the registry's order. */
  collections: Collection[];
  collectionOf: (kind: PublicRecordKind) => Collection;
  /** The page of a record of a kind with pages. */
  viewOf: (ref: RecordRef) => RecordView | undefined;
  /** A published record of any kind. */
  recordOf: (ref: RecordRef) => (Record<string, unknown> & { id: string }) | undefined;
  /** How a linked record reads under its section of a report page, with its page when it has one. */
  recordLine: (ref: RecordRef) => { text: string; url?: string | undefined } | null;
  citeEdition: (ref: EditionRef) => EditionCitation;
  /** Where current report editions link a record: key `${kind}:${id}`. */
  mentions: Map<string, Array<{ text: string; url: string }>>;
};

/** Anchor of a report section: `muc-a-ii-1`. */
export function sectionAnchor(key: string): string {
  return `muc-${slugify(key)}`;
}

export const PAGE_SIZE = 50;
/** Path segments list routes use (pages and every facet of every kind); record slugs never take these. */
const reservedSlugs = new Set([
  'trang',
  ...recordKindEntries.flatMap(([, kind]) => kind.site?.facets.map((f) => f.segment) ?? []),
]);

/** Unique, stable slugs from record ids (ids never change, titles may). */
function assignSlugs<T extends { id: string }>(records: readonly T[]): Map<string, string> {
  const used = new Set<string>();
  const slugs = new Map<string, string>();
  for (const record of [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const base = slugify(record.id) || 'muc';
    let slug = reservedSlugs.has(base) ? `${base}-1` : base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(record.id, slug);
  }
  return slugs;
}

/** Folded forms of the words that contain đ/Đ: Pagefind folds accents but not đ, so "duong" finds these. */
export function foldedDWords(texts: ReadonlyArray<string | undefined | null>): string {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text || !/[đĐ]/.test(text)) continue;
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (/[đĐ]/.test(word)) words.add(foldText(word));
  }
  return [...words].join(' ');
}

function buildFacet<T>(
  spec: Pick<FacetSpec<unknown>, 'key' | 'segment' | 'label' | 'order'>,
  items: readonly T[],
  facetValue: (item: T) => string | undefined,
): Facet<T> {
  const bySlug = new Map<string, FacetValue<T>>();
  for (const item of items) {
    const value = facetValue(item);
    if (!value) continue;
    const slug = slugify(value) || 'khac';
    let entry = bySlug.get(slug);
    if (!entry) {
      entry = { slug, label: value, items: [] };
      bySlug.set(slug, entry);
    }
    entry.items.push(item);
  }
  const values = [...bySlug.values()];
  const { order } = spec;
  if (order === 'label') values.sort((a, b) => compareVietnamese(a.label, b.label));
  else if (order === 'desc') values.sort((a, b) => compareVietnamese(b.label, a.label));
  else values.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
  return { key: spec.key, segment: spec.segment, label: spec.label, values };
}

export function reportTitle(period: string): string {
  return `Báo cáo ${formatPeriod(period)}`;
}

type PublishedRecord = Record<string, unknown> & { id: string; asOf: EditionRef };

export function buildSiteModel(snapshot: Snapshot, siteUrlOverride?: string): SiteModel {
  const siteUrl = (siteUrlOverride ?? snapshot.site.siteUrl).replace(/\/+$/, '');
  const indicators = new Map(snapshot.indicators.map((i) => [i.code, i]));

  // Reports, newest first, each edition with its page and its diff from the previous one.
  const reports: ReportView[] = [...snapshot.reports]
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0))
    .map((report) => {
      const url = `/bao-cao/${report.period}/`;
      const last = currentEdition(report);
      const editions = report.editions.map((edition, index): EditionView => {
        const isCurrent = edition === last;
        const previous = index > 0 ? report.editions[index - 1] : undefined;
        return {
          editionNo: edition.editionNo,
          edition,
          url: isCurrent ? url : `${url}lan-${edition.editionNo}/`,
          isCurrent,
          numberText: formatReportNumber(edition.number.sequence, edition.number.symbol),
          issuedOnText: formatDate(edition.issuedOn),
          diff: previous ? diffForReaders(previous, edition, { indicators, period: report.period }) : null,
        };
      });
      const sectionTexts = last.content.sections.flatMap((s) => [s.title, sectionNarrative(s)]);
      return {
        report,
        period: report.period,
        year: Number(report.period.slice(0, 4)),
        title: reportTitle(report.period),
        url,
        jsonUrl: `${url}du-lieu.json`,
        current: editions[editions.length - 1]!,
        editions,
        searchKeys: foldedDWords([last.content.subject, ...sectionTexts]),
      };
    });
  const reportByPeriod = new Map(reports.map((r) => [r.period, r]));
  const mentions = new Map<string, Array<{ text: string; url: string }>>();
  for (const r of reports)
    for (const section of r.current.edition.content.sections)
      for (const ref of section.recordRefs) {
        const key = `${ref.kind}:${ref.id}`;
        const list = mentions.get(key) ?? [];
        list.push({
          text: `${r.title}, mục ${outlineNumber(r.current.edition.content.sections, section.key)}. ${section.title}`,
          url: `${r.url}#${sectionAnchor(section.key)}`,
        });
        mentions.set(key, list);
      }

  const citeEdition = (ref: EditionRef): EditionCitation => {
    const report = reportByPeriod.get(ref.period);
    const view = report?.editions.find((e) => e.editionNo === ref.editionNo);
    if (!report || !view)
      return { text: `${reportTitle(ref.period)}, lần ban hành ${ref.editionNo}`, url: null };
    return {
      text: `${reportTitle(ref.period)} (${view.numberText}, ngày ${view.issuedOnText}, lần ban hành ${ref.editionNo})`,
      url: view.url,
    };
  };

  const records = new Map<RecordKind, Map<string, PublishedRecord>>();
  for (const [kind, definition] of recordKindEntries) {
    const published = snapshot[definition.collection] as readonly PublishedRecord[];
    records.set(kind, new Map(published.map((r) => [r.id, r])));
  }

  // Each kind with pages: its records' views, in the list's order, and the list's facets.
  const views = new Map<RecordKind, Map<string, RecordView>>();
  const collections = publicRecordKinds.map((kind): Collection => {
    const definition = anyRecordKind(kind);
    const site = definition.site!;
    const published = [...records.get(kind)!.values()];
    if (site.order) published.sort(site.order);
    const base = `/${site.segment}/`;
    const slugs = assignSlugs(published);
    const items = published.map((record): RecordView => {
      const slug = slugs.get(record.id)!;
      const url = `${base}${slug}/`;
      const year = String(definition.year(record) ?? record.asOf.period.slice(0, 4));
      return {
        kind,
        record,
        slug,
        url,
        year,
        asOf: citeEdition(record.asOf),
        summary: {
          title: definition.title(record),
          url,
          meta: site.summary(record, { year }),
          ...(record.isDemo === true ? { note: 'Dữ liệu minh họa' } : {}),
        },
        search: {
          kind: definition.labels.area,
          year,
          field: definition.columns?.(record).field,
          keys: foldedDWords(definition.searchText(record)),
        },
      };
    });
    views.set(kind, new Map(items.map((v) => [v.record.id, v])));
    return {
      kind,
      section: definition.collection as SectionKey,
      segment: site.segment,
      base,
      title: site.title,
      nav: site.nav,
      description: site.description,
      items,
      facets: site.facets.map((facet) =>
        buildFacet(facet, items, (v) => facet.value(v.record, { year: v.year })),
      ),
      filterIndexUrl: `${base}bo-loc.json`,
    };
  });
  const byKind = new Map(collections.map((c) => [c.kind, c]));
  const viewOf = (ref: RecordRef) => views.get(ref.kind)?.get(ref.id);
  const recordOf = (ref: RecordRef) => records.get(ref.kind)?.get(ref.id);

  return {
    snapshot,
    siteUrl,
    reports,
    reportByPeriod,
    collections,
    collectionOf: (kind) => byKind.get(kind)!,
    viewOf,
    recordOf,
    recordLine: (ref) => {
      const record = recordOf(ref);
      return record ? { text: anyRecordKind(ref.kind).reportLine(record), url: viewOf(ref)?.url } : null;
    },
    citeEdition,
    mentions,
  };
}

const modelCacheKey = Symbol.for('khcn.public-site.site-model-cache');
const modelCache = globalThis as typeof globalThis & {
  [modelCacheKey]?: WeakMap<Snapshot, Map<string, SiteModel>>;
};

/**
 * The site model of a snapshot, built once per process: the pages and the Astro config (the sitemap's dates)
 * share it, as they share the parsed snapshot (`loadSnapshot` caches it the same way).
 */
export function siteModelOf(snapshot: Snapshot, siteUrlOverride?: string): SiteModel {
  modelCache[modelCacheKey] ??= new WeakMap();
  let byUrl = modelCache[modelCacheKey].get(snapshot);
  if (!byUrl) {
    byUrl = new Map();
    modelCache[modelCacheKey].set(snapshot, byUrl);
  }
  const key = siteUrlOverride ?? '';
  let model = byUrl.get(key);
  if (!model) {
    model = buildSiteModel(snapshot, siteUrlOverride);
    byUrl.set(key, model);
  }
  return model;
}

/** The list page of a facet value ("/nhiem-vu/cap/cap-tinh/"), found by the value's label. */
export function facetUrl(collection: Collection, facetKey: string, label: string): string | undefined {
  const facet = collection.facets.find((f) => f.key === facetKey);
  const value = facet?.values.find((v) => v.label === label);
  return facet && value ? facetValueUrl(collection, facet, value) : undefined;
}

/** The list page of one value of a facet: "/nhiem-vu/cap/cap-tinh/". */
export function facetValueUrl(
  collection: Pick<Collection, 'base'>,
  facet: Pick<Facet<unknown>, 'segment'>,
  value: Pick<FacetValue<unknown>, 'slug'>,
): string {
  return `${collection.base}${facet.segment}/${value.slug}/`;
}

/** Page `n` (1-based) of a list rooted at `base`. */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}

/** One entry per list page: the whole list, then each facet value, each paginated. */
export type ListPage = {
  path: string;
  url: string;
  base: string;
  heading: string;
  items: RecordView[];
  page: number;
  pageCount: number;
  total: number;
  selected: { facet: string; value: string } | null;
};

export function listPages(collection: Collection): ListPage[] {
  const pages: ListPage[] = [];
  const paginate = (base: string, heading: string, items: RecordView[], selected: ListPage['selected']) => {
    const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    for (let page = 1; page <= pageCount; page++) {
      const url = pageUrl(base, page);
      pages.push({
        path: url.slice(collection.base.length).replace(/\/$/, ''),
        url,
        base,
        heading,
        items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
        page,
        pageCount,
        total: items.length,
        selected,
      });
    }
  };
  paginate(collection.base, collection.title, collection.items, null);
  for (const facet of collection.facets)
    for (const value of facet.values)
      paginate(
        facetValueUrl(collection, facet, value),
        `${collection.title}: ${facet.label.toLowerCase()} ${value.label}`,
        value.items,
        { facet: facet.key, value: value.slug },
      );
  return pages;
}

/** The compact JSON the list filter script reads: facets and, per item, its title, link, meta and facet slugs. */
export function filterIndex(collection: Collection) {
  const facetSlugs = new Map<RecordView, Record<string, string>>();
  for (const facet of collection.facets)
    for (const value of facet.values)
      for (const item of value.items) {
        const entry = facetSlugs.get(item) ?? {};
        entry[facet.key] = value.slug;
        facetSlugs.set(item, entry);
      }
  return {
    facets: collection.facets.map((f) => ({
      key: f.key,
      label: f.label,
      values: f.values.map((v) => ({ slug: v.slug, label: v.label, count: v.items.length })),
    })),
    items: collection.items.map((item) => {
      const s = item.summary;
      return {
        t: s.title,
        u: s.url,
        m: s.meta.map((m) => [m.label, m.value]),
        f: facetSlugs.get(item) ?? {},
        ...(s.note ? { n: s.note } : {}),
      };
    }),
  };
}
