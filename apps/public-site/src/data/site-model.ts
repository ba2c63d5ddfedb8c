/**
 * Everything the pages show, derived once per build from the snapshot: URLs, labels, facets, timelines.
 * Pages only look things up here, so rendering thousands of pages stays cheap.
 */
import {
  compareVietnamese,
  currentEdition,
  diffForReaders,
  type EditionRef,
  foldText,
  formatDate,
  formatPeriod,
  formatReportNumber,
  outlineNumber,
  inspectionKinds,
  listingKinds,
  type PublicEdition,
  type PublicInspection,
  type PublicListing,
  type PublicPublication,
  type PublicReport,
  type PublicSnapshot,
  type PublicTask,
  type ReaderDiff,
  publicationKinds,
  sectionNarrative,
  slugify,
  taskEventKinds,
  taskLevels,
  taskRatings,
  taskStage,
} from '@khcn/domain';

export type Snapshot = PublicSnapshot;
export type Appraisal = PublicSnapshot['appraisals'][number];
export type Transfer = PublicSnapshot['transfers'][number];
export type OutreachEvent = PublicSnapshot['events'][number];

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

export type TimelineEntry = {
  kindLabel: string;
  /** The event's date, or its report period when the report gives no date. */
  dateText: string;
  detail: string[];
  citation: EditionCitation;
};

export type TaskView = {
  task: PublicTask;
  slug: string;
  url: string;
  levelLabel: string;
  stageLabel: string;
  year: string;
  timeline: TimelineEntry[];
  asOf: EditionCitation;
  summary: ItemSummary;
  searchKeys: string;
};

export type ListingView = {
  listing: PublicListing;
  slug: string;
  url: string;
  kindLabel: string;
  year: string;
  asOf: EditionCitation;
  summary: ItemSummary;
  searchKeys: string;
};

export type PublicationView = {
  publication: PublicPublication;
  slug: string;
  url: string;
  kindLabel: string;
  asOf: EditionCitation;
  summary: ItemSummary;
  searchKeys: string;
};

export type InspectionView = {
  inspection: PublicInspection;
  slug: string;
  url: string;
  kindLabel: string;
  year: string;
  asOf: EditionCitation;
  summary: ItemSummary;
  searchKeys: string;
};

export type Collection<T> = {
  /** "/nhiem-vu/" */
  base: string;
  title: string;
  description: string;
  items: T[];
  facets: Facet<T>[];
  summary: (item: T) => ItemSummary;
  /** Compact index for the progressive-enhancement filter script. */
  filterIndexUrl: string;
};

export type SiteModel = {
  snapshot: Snapshot;
  siteUrl: string;
  reports: ReportView[];
  reportByPeriod: Map<string, ReportView>;
  tasks: Collection<TaskView>;
  listings: Collection<ListingView>;
  publications: Collection<PublicationView>;
  inspections: Collection<InspectionView>;
  taskById: Map<string, TaskView>;
  listingById: Map<string, ListingView>;
  publicationById: Map<string, PublicationView>;
  inspectionById: Map<string, InspectionView>;
  appraisalById: Map<string, Appraisal>;
  transferById: Map<string, Transfer>;
  eventById: Map<string, OutreachEvent>;
  citeEdition: (ref: EditionRef) => EditionCitation;
  /** Where current report editions link a record: key `${kind}:${id}`. */
  mentions: Map<string, Array<{ text: string; url: string }>>;
};

/** Anchor of a report section: `muc-a-ii-1`. */
export function sectionAnchor(key: string): string {
  return `muc-${slugify(key)}`;
}

export const PAGE_SIZE = 50;
/** Path segments list routes use; record slugs never take these. */
const reservedSlugs = new Set(['trang', 'cap', 'trang-thai', 'linh-vuc', 'nam', 'to-chuc-chu-tri', 'loai']);

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
  key: string,
  segment: string,
  label: string,
  items: readonly T[],
  facetValue: (item: T) => string | undefined,
  order: 'label' | 'desc' | ((a: string, b: string) => number) = 'label',
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
  if (order === 'label') values.sort((a, b) => compareVietnamese(a.label, b.label));
  else if (order === 'desc') values.sort((a, b) => compareVietnamese(b.label, a.label));
  else values.sort((a, b) => order(a.label, b.label));
  return { key, segment, label, values };
}

const byLabelOrder =
  (labels: readonly string[]) =>
  (a: string, b: string): number =>
    labels.indexOf(a) - labels.indexOf(b);

export function reportTitle(period: string): string {
  return `Báo cáo ${formatPeriod(period)}`;
}

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

  // S&T tasks.
  const taskSlugs = assignSlugs(snapshot.tasks);
  const taskViews: TaskView[] = snapshot.tasks.map((task) => {
    const slug = taskSlugs.get(task.id)!;
    const stage = taskStage(task);
    const year = (task.startDate ?? task.events[0]?.period ?? task.asOf.period).slice(0, 4);
    const levelLabel = taskLevels[task.level];
    const stageLabel = stage ? taskEventKinds[stage] : 'Chưa có mốc';
    const timeline = [...task.events]
      .sort((a, b) => {
        const ka = a.date ?? `${a.period}-99`;
        const kb = b.date ?? `${b.period}-99`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      })
      .map((event): TimelineEntry => {
        const detail: string[] = [];
        if (event.rating) detail.push(`Xếp loại: ${taskRatings[event.rating]}`);
        if (event.certificateNumber) detail.push(`Số giấy chứng nhận: ${event.certificateNumber}`);
        if (event.note) detail.push(event.note);
        return {
          kindLabel: taskEventKinds[event.kind],
          dateText: event.date ? formatDate(event.date) : `Trong ${formatPeriod(event.period)}`,
          detail,
          citation: citeEdition(event.recordedIn),
        };
      });
    const url = `/nhiem-vu/${slug}/`;
    const meta: ItemSummary['meta'] = [{ label: 'Cấp', value: levelLabel }];
    if (task.code) meta.unshift({ label: 'Mã số', value: task.code });
    if (task.field) meta.push({ label: 'Lĩnh vực', value: task.field });
    if (task.hostOrganisation) meta.push({ label: 'Tổ chức chủ trì', value: task.hostOrganisation });
    meta.push({ label: 'Giai đoạn', value: stageLabel }, { label: 'Năm', value: year });
    return {
      task,
      slug,
      url,
      levelLabel,
      stageLabel,
      year,
      timeline,
      asOf: citeEdition(task.asOf),
      summary: { title: task.title, url, meta },
      searchKeys: foldedDWords([
        task.title,
        task.programme,
        task.field,
        task.hostOrganisation,
        task.principalInvestigator,
        task.objectives,
        task.mainContent,
        task.expectedResults,
        task.resultSummary,
        ...task.events.map((e) => e.note),
      ]),
    };
  });
  taskViews.sort((a, b) =>
    a.year < b.year ? 1 : a.year > b.year ? -1 : compareVietnamese(a.task.title, b.task.title),
  );
  const stageLabels = [...Object.values(taskEventKinds), 'Chưa có mốc'];
  const tasks: Collection<TaskView> = {
    base: '/nhiem-vu/',
    title: 'Nhiệm vụ khoa học và công nghệ',
    description:
      'Danh sách nhiệm vụ KH&CN được công khai: cấp quản lý, lĩnh vực, tổ chức chủ trì, giai đoạn thực hiện và kết quả.',
    items: taskViews,
    facets: [
      buildFacet(
        'level',
        'cap',
        'Cấp quản lý',
        taskViews,
        (t) => t.levelLabel,
        byLabelOrder(Object.values(taskLevels)),
      ),
      buildFacet(
        'status',
        'trang-thai',
        'Giai đoạn',
        taskViews,
        (t) => t.stageLabel,
        byLabelOrder(stageLabels),
      ),
      buildFacet('field', 'linh-vuc', 'Lĩnh vực', taskViews, (t) => t.task.field),
      buildFacet('year', 'nam', 'Năm', taskViews, (t) => t.year, 'desc'),
      buildFacet('host', 'to-chuc-chu-tri', 'Tổ chức chủ trì', taskViews, (t) => t.task.hostOrganisation),
    ],
    summary: (t) => t.summary,
    filterIndexUrl: '/nhiem-vu/bo-loc.json',
  };

  // Technology exchange listings (expired ones are already gone from the snapshot).
  const listingSlugs = assignSlugs(snapshot.listings);
  const listingViews: ListingView[] = snapshot.listings.map((listing) => {
    const slug = listingSlugs.get(listing.id)!;
    const url = `/san-giao-dich/${slug}/`;
    const kindLabel = listingKinds[listing.kind];
    const year = listing.listedOn.slice(0, 4);
    return {
      listing,
      slug,
      url,
      kindLabel,
      year,
      asOf: citeEdition(listing.asOf),
      summary: {
        title: listing.title,
        url,
        meta: [
          { label: 'Loại', value: kindLabel },
          { label: 'Lĩnh vực', value: listing.field },
          { label: 'Chủ sở hữu', value: listing.owner },
          { label: 'Hết hạn', value: formatDate(listing.expiresOn) },
        ],
        ...(listing.isDemo ? { note: 'Dữ liệu minh họa' } : {}),
      },
      searchKeys: foldedDWords([listing.title, listing.field, listing.summary, listing.owner]),
    };
  });
  const listings: Collection<ListingView> = {
    base: '/san-giao-dich/',
    title: 'Sàn giao dịch công nghệ',
    description:
      'Chào bán công nghệ, nhu cầu công nghệ, thiết bị và dịch vụ KH&CN đang còn hiệu lực đăng tin.',
    items: listingViews,
    facets: [
      buildFacet(
        'kind',
        'loai',
        'Loại tin',
        listingViews,
        (l) => l.kindLabel,
        byLabelOrder(Object.values(listingKinds)),
      ),
      buildFacet('field', 'linh-vuc', 'Lĩnh vực', listingViews, (l) => l.listing.field),
      buildFacet('year', 'nam', 'Năm đăng', listingViews, (l) => l.year, 'desc'),
    ],
    summary: (l) => l.summary,
    filterIndexUrl: '/san-giao-dich/bo-loc.json',
  };

  // Bulletins and publications.
  const publicationSlugs = assignSlugs(snapshot.publications);
  const publicationViews: PublicationView[] = snapshot.publications.map((publication) => {
    const slug = publicationSlugs.get(publication.id)!;
    const url = `/an-pham/${slug}/`;
    const kindLabel = publicationKinds[publication.kind];
    const meta = [
      { label: 'Loại', value: kindLabel },
      { label: 'Năm', value: String(publication.year) },
    ];
    if (publication.publishedOn)
      meta.push({ label: 'Ngày xuất bản', value: formatDate(publication.publishedOn) });
    return {
      publication,
      slug,
      url,
      kindLabel,
      asOf: citeEdition(publication.asOf),
      summary: { title: publication.title, url, meta },
      searchKeys: foldedDWords([
        publication.title,
        publication.summary,
        publication.publisher,
        ...publication.contents,
      ]),
    };
  });
  const publications: Collection<PublicationView> = {
    base: '/an-pham/',
    title: 'Bản tin và ấn phẩm KH&CN',
    description: 'Bản tin khoa học và công nghệ, tài liệu và quy trình kỹ thuật do Sở phát hành.',
    items: publicationViews,
    facets: [
      buildFacet(
        'kind',
        'loai',
        'Loại ấn phẩm',
        publicationViews,
        (p) => p.kindLabel,
        byLabelOrder(Object.values(publicationKinds)),
      ),
      buildFacet('year', 'nam', 'Năm', publicationViews, (p) => String(p.publication.year), 'desc'),
    ],
    summary: (p) => p.summary,
    filterIndexUrl: '/an-pham/bo-loc.json',
  };

  // Inspections and checks.
  const inspectionSlugs = assignSlugs(snapshot.inspections);
  const inspectionViews: InspectionView[] = snapshot.inspections.map((inspection) => {
    const slug = inspectionSlugs.get(inspection.id)!;
    const url = `/thanh-tra-kiem-tra/${slug}/`;
    const kindLabel = inspectionKinds[inspection.kind];
    const year = (inspection.conclusionDate ?? inspection.period).slice(0, 4);
    return {
      inspection,
      slug,
      url,
      kindLabel,
      year,
      asOf: citeEdition(inspection.asOf),
      summary: {
        title: inspection.title,
        url,
        meta: [
          { label: 'Hình thức', value: kindLabel },
          { label: 'Lĩnh vực', value: inspection.subjectArea },
          { label: 'Kỳ báo cáo', value: formatPeriod(inspection.period) },
          { label: 'Số đối tượng', value: String(inspection.entityCount) },
        ],
      },
      searchKeys: foldedDWords([
        inspection.title,
        inspection.subjectArea,
        inspection.conductedBy,
        inspection.findings,
        inspection.violations,
        inspection.sanctions,
      ]),
    };
  });
  inspectionViews.sort((a, b) =>
    a.inspection.period < b.inspection.period
      ? 1
      : a.inspection.period > b.inspection.period
        ? -1
        : compareVietnamese(a.inspection.title, b.inspection.title),
  );
  const inspections: Collection<InspectionView> = {
    base: '/thanh-tra-kiem-tra/',
    title: 'Kết quả thanh tra, kiểm tra',
    description:
      'Kết quả các cuộc thanh tra, kiểm tra trong lĩnh vực khoa học và công nghệ: căn cứ, phạm vi, kết quả, kết luận.',
    items: inspectionViews,
    facets: [
      buildFacet(
        'kind',
        'loai',
        'Hình thức',
        inspectionViews,
        (i) => i.kindLabel,
        byLabelOrder(Object.values(inspectionKinds)),
      ),
      buildFacet('field', 'linh-vuc', 'Lĩnh vực', inspectionViews, (i) => i.inspection.subjectArea),
      buildFacet('year', 'nam', 'Năm', inspectionViews, (i) => i.year, 'desc'),
    ],
    summary: (i) => i.summary,
    filterIndexUrl: '/thanh-tra-kiem-tra/bo-loc.json',
  };

  return {
    snapshot,
    siteUrl,
    reports,
    reportByPeriod,
    tasks,
    listings,
    publications,
    inspections,
    taskById: new Map(taskViews.map((t) => [t.task.id, t])),
    listingById: new Map(listingViews.map((l) => [l.listing.id, l])),
    publicationById: new Map(publicationViews.map((p) => [p.publication.id, p])),
    inspectionById: new Map(inspectionViews.map((i) => [i.inspection.id, i])),
    appraisalById: new Map(snapshot.appraisals.map((a) => [a.id, a])),
    transferById: new Map(snapshot.transfers.map((t) => [t.id, t])),
    eventById: new Map(snapshot.events.map((e) => [e.id, e])),
    citeEdition,
    mentions,
  };
}

const modelCacheKey = Symbol.for('khcn.public-site.site-model-cache');
const modelCache = globalThis as unknown as {
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

/** Page `n` (1-based) of a list rooted at `base`. */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}

/** One entry per list page: the whole list, then each facet value, each paginated. */
export type ListPage<T> = {
  path: string;
  url: string;
  base: string;
  heading: string;
  items: T[];
  page: number;
  pageCount: number;
  total: number;
  selected: { facet: string; value: string } | null;
};

export function listPages<T>(collection: Collection<T>): ListPage<T>[] {
  const pages: ListPage<T>[] = [];
  const paginate = (base: string, heading: string, items: T[], selected: ListPage<T>['selected']) => {
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
        `${collection.base}${facet.segment}/${value.slug}/`,
        `${collection.title}: ${facet.label.toLowerCase()} ${value.label}`,
        value.items,
        { facet: facet.key, value: value.slug },
      );
  return pages;
}

/** The compact JSON the list filter script reads: facets and, per item, its title, link, meta and facet slugs. */
export function filterIndex<T>(collection: Collection<T>) {
  const facetSlugs = new Map<T, Record<string, string>>();
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
      const s = collection.summary(item);
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
