/**
 * The record-kind registry: one definition per kind of record a report links (S&T tasks, exchange listings,
 * publications, inspections, declarations of conformity, appraisals, transfers, workshops). Every layer reads it:
 * the database projection and search key, the router's input union and messages, the admin app's lists, filters,
 * forms and labels, the official document's tables, the snapshot, and the public site's pages, facets, open data,
 * feeds and sitemap. Adding a kind is one entry here, its schema and, when it has public pages, one page template
 * (docs/architecture.md, "Adding a record kind"). Pure data and functions: no I/O, no clock (`today` is passed in).
 */
import { z } from 'zod';
import { periodOfDate } from '../format/calendar.ts';
import { formatCount, formatDate, formatNumber, formatPeriod } from '../format/vietnamese-format.ts';
import { formatMonthInput } from '../format/vietnamese-input.ts';
import { formatLegalReference } from '../legal/legal-reference.schema.ts';
import { qualifiedText, qualifierWords } from '../report/figure.schema.ts';
import type { DocumentLink, EditionRef } from '../snapshot/edition-ref.schema.ts';
import { compareVietnamese } from '../text/vietnamese-text.ts';
import {
  conformityDeclarationSchema,
  declarationAssessments,
  declarationKinds,
  declarationValidUntil,
  publicDeclarationSchema,
} from './conformity-declaration.schema.ts';
import {
  exchangeListingSchema,
  ipStatuses,
  isListingExpired,
  listingKinds,
  listingStatuses,
  priceModes,
  publicListingSchema,
  transferForms,
  transferModes,
} from './exchange-listing.schema.ts';
import {
  appraisalKinds,
  eventKinds,
  inspectionKinds,
  inspectionOutcomeSchema,
  outreachEventSchema,
  publicAppraisalSchema,
  publicationKinds,
  publicationSchema,
  publicEventSchema,
  publicInspectionSchema,
  publicPublicationSchema,
  publicTransferSchema,
  techAppraisalSchema,
  transferRegistrationSchema,
} from './other-records.schema.ts';
import {
  type PublicTask,
  publicTaskSchema,
  stTaskSchema,
  taskEventKinds,
  taskLevels,
  taskStage,
} from './st-task.schema.ts';

// ---------------------------------------------------------------------------------------------------------
// What a definition holds.

/** How one field of a record form is edited. `name` is a dotted path into the record's data. */
export type RecordFieldSpec = { name: string; label: string; description?: string } & (
  | { type: 'text' | 'textarea' | 'date' | 'period'; required?: boolean }
  /** `noGrouping`: years and issue numbers, written without a thousands separator. */
  | { type: 'number'; required?: boolean; min?: number; max?: number; noGrouping?: boolean }
  | { type: 'select'; options: Readonly<Record<string, string>>; required?: boolean }
  | { type: 'boolean' }
  | { type: 'lines' }
  | { type: 'legalRefs' }
  | { type: 'taskEvents' }
);
export type RecordFieldGroup = { title: string; fields: RecordFieldSpec[] };

/** A cell of the admin app's list: text, or a status badge with its tone. */
export type AdminCell = string | { badge: string; tone: 'green' | 'red' };
export type AdminColumn<T> = { id: string; header: string; cell: (record: T, today: string) => AdminCell };
/** A filter of the admin list on a projected column: a menu of `options`, or free text. */
export type AdminFilter = {
  column: 'level' | 'status' | 'field';
  label: string;
  options?: Readonly<Record<string, string>>;
  placeholder?: string;
};

/** The columns the database keeps beside a record's document, for filters, search and constraints. */
export type ProjectedColumns = {
  field?: string | undefined;
  status?: string | null | undefined;
  level?: string | undefined;
  listedOn?: string | undefined;
  expiresOn?: string | undefined;
};

/** A column of a record table in the official document; the renderer adds the TT column. */
export type DocumentColumn<T> = {
  header: string;
  /** Relative share of the width. */
  weight: number;
  align?: 'left' | 'center' | 'right';
  value: (row: T, period: string) => string | undefined;
};

type Cell = string | number | boolean | null | undefined;
/** A column of an open dataset (CSV heading, JSON value); `absolute` turns a site path into a URL. */
export type OpenDataColumn<P> = {
  header: string;
  value: (row: P, absolute: (path: string) => string) => Cell;
};

/** What a public list page derives from a record besides its title. */
export type PublicRecordContext = { year: string };
/** A facet of a public list: its label, URL segment, each record's value and the order of the values. */
export type FacetSpec<P> = {
  key: string;
  segment: string;
  label: string;
  value: (record: P, context: PublicRecordContext) => string | undefined;
  order: 'label' | 'desc' | readonly string[];
};
export type FeedEntry = { title: string; description: string /** ISO date */; date: string };

/** What the snapshot builder passes when it publishes a frozen record. */
export type PublishContext = {
  asOf: EditionRef;
  /** The calendar day the snapshot counts as "today". */
  asOfDate: string;
  /** The edition number of the first approved edition of a period, if there is one. */
  firstEditionOf: (period: string) => number | undefined;
  /** Stored PDF of a publication, keyed by publication id. */
  publicationPdfs: Readonly<Record<string, DocumentLink | undefined>>;
};

/** A kind's pages on the public site: a filterable list, a page per record, perhaps a feed. */
export type SiteSpec<P> = {
  segment: string;
  /** The navigation's (and breadcrumbs') short label. */
  nav: string;
  title: string;
  description: string;
  facets: FacetSpec<P>[];
  summary: (record: P, context: PublicRecordContext) => Array<{ label: string; value: string }>;
  /** The list's order (default: the snapshot's). */
  order?: (a: P, b: P) => number;
  /** An RSS feed of the newest records (default order: the list's). */
  feed?: { entry: (record: P) => FeedEntry; order?: (a: P, b: P) => number };
};

export type RecordKindDefinition<C extends string, T, P> = {
  /** The snapshot's and the frozen records' collection ("tasks"). */
  collection: C;
  schema: z.ZodType<T>;
  /** What the public snapshot carries of a record: its public fields, as of an edition. */
  publicSchema: z.ZodType<P>;
  labels: {
    /** The admin app's area and the public search's kind filter ("Sàn giao dịch công nghệ"). */
    area: string;
    /** A single record ("tin chào bán, nhu cầu công nghệ"): buttons, messages, the audit log. */
    noun: string;
    /** The badge colour of the kind in the admin app (a Mantine colour). */
    color: string;
  };
  /** A one-line title: lists, links, the audit log, the database's title column. */
  title: (record: T | P) => string;
  /** The report period the record belongs to, if any. */
  period: (record: T) => string | null;
  year: (record: T | P) => number | null;
  /** The texts a search matches, with or without tones. */
  searchText: (record: T | P) => ReadonlyArray<string | undefined>;
  columns?: (record: T | P) => ProjectedColumns;
  /** Records that live for years stay linked in next month's draft; the month's own records do not. */
  carriedToNextMonth: boolean;
  /**
   * A kind added after approvals were first bound to linked records (ADR 0011): its collection enters the
   * reviewed-content hash only when it holds records, so every hash made before the kind existed stays valid.
   */
  addedAfterContentHash?: true;
  /**
   * A file the record holds (a publication's PDF): set only by uploading it, never by the record's form or input
   * (`field` is the file id's field, `label` names it in messages).
   */
  uploadedFile?: { field: keyof T & string; label: string };
  /** How a linked record reads as a line under its section on the public report page. */
  reportLine: (record: P) => string;
  /** How the records a section links read as a table of the official document. */
  documentTable: { caption: (rows: readonly T[]) => string; columns: DocumentColumn<T>[] };
  admin: {
    columns: AdminColumn<T>[];
    filters: AdminFilter[];
    form: { groups: RecordFieldGroup[]; defaults: (today: string) => Record<string, unknown> };
  };
  /** The record as the snapshot publishes it; null keeps it off the site (an expired listing). */
  publish?: (record: T, context: PublishContext) => P | null;
  /** The snapshot's order of the collection. */
  snapshotOrder?: (a: P, b: P) => number;
  openData: {
    slug: string;
    title: string;
    description: string;
    keywords: string[];
    /** The columns; a kind with public pages gets the page's address as a last column. */
    columns: OpenDataColumn<P>[];
  };
  /** Its own pages on the public site: a filterable list and a page per record. */
  site?: SiteSpec<P> | undefined;
};

type KindDefinition<C extends string, S extends z.ZodType, PS extends z.ZodType> = RecordKindDefinition<
  C,
  z.output<S>,
  z.output<PS>
> & { schema: S; publicSchema: PS };

/** A kind shown only through the reports that link it, with its record types inferred from its schemas. */
function defineRecordKind<const C extends string, S extends z.ZodType, PS extends z.ZodType>(
  definition: KindDefinition<C, S, PS> & { site?: undefined },
) {
  return definition;
}

/** A kind with its own public pages (a list, a page per record), with its record types inferred from its schemas. */
function definePublicRecordKind<const C extends string, S extends z.ZodType, PS extends z.ZodType>(
  definition: KindDefinition<C, S, PS> & { site: SiteSpec<z.output<PS>> },
) {
  return definition;
}

// ---------------------------------------------------------------------------------------------------------
// Small shared pieces.

const dash = (v: string | undefined) => v || '—';
const date = (v: string | undefined) => (v ? formatDate(v) : '—');
const count = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));
const yearOf = (isoDateOrPeriod: string) => Number(isoDateOrPeriod.slice(0, 4));
const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const periodField = { name: 'period', label: 'Kỳ báo cáo', type: 'period', required: true } as const;
const periodColumn = <T extends { period: string }>(): AdminColumn<T> => ({
  id: 'period',
  header: 'Kỳ',
  cell: (r) => formatMonthInput(r.period),
});
const idColumn = <P extends { id: string }>(): OpenDataColumn<P> => ({
  header: 'Mã định danh',
  value: (r) => r.id,
});
const periodDataColumn = <P extends { period: string }>(): OpenDataColumn<P> => ({
  header: 'Kỳ báo cáo',
  value: (r) => r.period,
});
/** The qualifier words of figures, as the report writes them. */
const qualifierOptions: Record<string, string> = {
  exact: 'Chính xác (không có từ hạn định)',
  ...Object.fromEntries(qualifierWords.map((w) => [w, w])),
};
const demoField = { name: 'isDemo', label: 'Dữ liệu minh họa', type: 'boolean' } as const;
const stageLabel = (t: Parameters<typeof taskStage>[0]) => {
  const stage = taskStage(t);
  return stage ? taskEventKinds[stage] : 'Chưa có mốc';
};
const publicTaskYear = (t: PublicTask) => (t.startDate ?? t.events[0]?.period ?? t.asOf.period).slice(0, 4);
/** A table caption that names the kind of its rows when they are all of one kind. */
const captionByKind =
  <K extends string>(labels: Record<K, string>, mixed: string) =>
  (rows: ReadonlyArray<{ kind: K }>) => {
    const kinds = new Set(rows.map((r) => r.kind));
    const [only] = kinds;
    return kinds.size === 1 && only !== undefined ? labels[only] : mixed;
  };

// ---------------------------------------------------------------------------------------------------------
// The kinds, in the order the admin app, the record picker and the document's tables list them.

export const recordKindRegistry = {
  task: definePublicRecordKind({
    collection: 'tasks',
    schema: stTaskSchema,
    publicSchema: publicTaskSchema,
    labels: { area: 'Nhiệm vụ KH&CN', noun: 'nhiệm vụ KH&CN', color: 'blue' },
    title: (t) => t.title,
    period: (t) =>
      t.events
        .map((e) => e.period)
        .sort()
        .at(-1) ?? null,
    year: (t) => yearOf(t.startDate ?? t.events[0]?.period ?? '') || null,
    searchText: (t) => [
      t.code,
      t.title,
      t.programme,
      t.field,
      t.hostOrganisation,
      t.principalInvestigator,
      t.objectives,
      t.mainContent,
      t.expectedResults,
      t.resultSummary,
      ...t.events.map((e) => e.note),
    ],
    columns: (t) => ({ field: t.field, level: t.level, status: taskStage(t) }),
    carriedToNextMonth: true,
    reportLine: (t) => `Nhiệm vụ KH&CN: ${t.title}`,
    documentTable: {
      caption: () => 'Nhiệm vụ KH&CN theo dõi trong kỳ',
      columns: [
        { header: 'Tên nhiệm vụ', weight: 4.6, value: (t) => t.title },
        {
          header: 'Cấp, chương trình',
          weight: 2.8,
          value: (t) => [taskLevels[t.level], t.programme].filter(Boolean).join(', '),
        },
        { header: 'Tổ chức chủ trì', weight: 2, value: (t) => t.hostOrganisation },
        {
          header: 'Tình hình trong kỳ',
          weight: 2,
          value: (t, period) => {
            const inPeriod = t.events.filter((e) => e.period === period).map((e) => taskEventKinds[e.kind]);
            if (inPeriod.length > 0) return inPeriod.join('; ');
            const stage = taskStage(t);
            return stage ? taskEventKinds[stage] : undefined;
          },
        },
      ],
    },
    admin: {
      columns: [
        { id: 'code', header: 'Mã số', cell: (t) => dash(t.code) },
        { id: 'level', header: 'Cấp', cell: (t) => taskLevels[t.level] },
        { id: 'host', header: 'Tổ chức chủ trì', cell: (t) => dash(t.hostOrganisation) },
        { id: 'stage', header: 'Giai đoạn', cell: stageLabel },
        { id: 'end', header: 'Kết thúc', cell: (t) => date(t.endDate) },
      ],
      filters: [
        { column: 'level', label: 'Cấp quản lý', options: taskLevels },
        { column: 'field', label: 'Lĩnh vực', placeholder: 'VD: Nông nghiệp' },
      ],
      form: {
        defaults: () => ({ title: '', level: 'provincial', budget: {}, events: [] }),
        groups: [
          {
            title: 'Thông tin chung',
            fields: [
              { name: 'code', label: 'Mã số', type: 'text' },
              { name: 'title', label: 'Tên nhiệm vụ', type: 'textarea', required: true },
              { name: 'level', label: 'Cấp quản lý', type: 'select', options: taskLevels, required: true },
              { name: 'programme', label: 'Chương trình', type: 'text' },
              { name: 'field', label: 'Lĩnh vực', type: 'text' },
              { name: 'hostOrganisation', label: 'Tổ chức chủ trì', type: 'text' },
              { name: 'principalInvestigator', label: 'Chủ nhiệm nhiệm vụ', type: 'text' },
              { name: 'startDate', label: 'Ngày bắt đầu', type: 'date' },
              { name: 'endDate', label: 'Ngày kết thúc', type: 'date' },
              {
                name: 'budget.stateBudget',
                label: 'Kinh phí ngân sách nhà nước (triệu đồng)',
                type: 'number',
                min: 0,
              },
              {
                name: 'budget.otherBudget',
                label: 'Kinh phí nguồn khác (triệu đồng)',
                type: 'number',
                min: 0,
              },
            ],
          },
          {
            title: 'Nội dung',
            fields: [
              { name: 'objectives', label: 'Mục tiêu', type: 'textarea' },
              { name: 'mainContent', label: 'Nội dung chính', type: 'textarea' },
              { name: 'expectedResults', label: 'Kết quả dự kiến', type: 'textarea' },
              { name: 'resultSummary', label: 'Tóm tắt kết quả', type: 'textarea' },
            ],
          },
          { title: 'Các mốc thực hiện', fields: [{ name: 'events', label: 'Các mốc', type: 'taskEvents' }] },
        ],
      },
    },
    // An approved report attests a milestone up to its own month, whether or not that month has a report.
    publish: (t, { asOf, firstEditionOf }) => ({
      ...t,
      asOf,
      events: t.events.flatMap((ev) => {
        if (ev.period > asOf.period) return [];
        const editionNo = firstEditionOf(ev.period);
        return [{ ...ev, recordedIn: editionNo === undefined ? asOf : { period: ev.period, editionNo } }];
      }),
    }),
    snapshotOrder: (a, b) => compareVietnamese(a.title, b.title),
    openData: {
      slug: 'nhiem-vu',
      title: 'Nhiệm vụ khoa học và công nghệ',
      description:
        'Thông tin công khai của các nhiệm vụ KH&CN và các mốc thực hiện, mỗi mốc dẫn lần ban hành báo cáo đã ghi nhận.',
      keywords: ['nhiệm vụ KH&CN', 'đề tài', 'dự án'],
      columns: [
        idColumn(),
        { header: 'Mã số', value: (t) => t.code },
        { header: 'Tên nhiệm vụ', value: (t) => t.title },
        { header: 'Cấp quản lý', value: (t) => taskLevels[t.level] },
        { header: 'Chương trình', value: (t) => t.programme },
        { header: 'Lĩnh vực', value: (t) => t.field },
        { header: 'Tổ chức chủ trì', value: (t) => t.hostOrganisation },
        { header: 'Chủ nhiệm', value: (t) => t.principalInvestigator },
        { header: 'Ngày bắt đầu', value: (t) => t.startDate },
        { header: 'Ngày kết thúc', value: (t) => t.endDate },
        { header: 'Kinh phí NSNN (triệu đồng)', value: (t) => t.budget.stateBudget },
        { header: 'Kinh phí khác (triệu đồng)', value: (t) => t.budget.otherBudget },
        { header: 'Giai đoạn', value: stageLabel },
        { header: 'Tóm tắt kết quả', value: (t) => t.resultSummary },
      ],
    },
    site: {
      segment: 'nhiem-vu',
      nav: 'Nhiệm vụ KH&CN',
      title: 'Nhiệm vụ khoa học và công nghệ',
      description:
        'Danh sách nhiệm vụ KH&CN được công khai: cấp quản lý, lĩnh vực, tổ chức chủ trì, giai đoạn thực hiện và kết quả.',
      facets: [
        {
          key: 'level',
          segment: 'cap',
          label: 'Cấp quản lý',
          value: (t) => taskLevels[t.level],
          order: Object.values(taskLevels),
        },
        {
          key: 'status',
          segment: 'trang-thai',
          label: 'Giai đoạn',
          value: stageLabel,
          order: [...Object.values(taskEventKinds), 'Chưa có mốc'],
        },
        { key: 'field', segment: 'linh-vuc', label: 'Lĩnh vực', value: (t) => t.field, order: 'label' },
        { key: 'year', segment: 'nam', label: 'Năm', value: (_t, { year }) => year, order: 'desc' },
        {
          key: 'host',
          segment: 'to-chuc-chu-tri',
          label: 'Tổ chức chủ trì',
          value: (t) => t.hostOrganisation,
          order: 'label',
        },
      ],
      // Newest first by the year the task started (else its first event, else the report that published it).
      order: (a, b) =>
        newestFirst(publicTaskYear(a), publicTaskYear(b)) || compareVietnamese(a.title, b.title),
      summary: (t, { year }) => [
        ...(t.code ? [{ label: 'Mã số', value: t.code }] : []),
        { label: 'Cấp', value: taskLevels[t.level] },
        ...(t.field ? [{ label: 'Lĩnh vực', value: t.field }] : []),
        ...(t.hostOrganisation ? [{ label: 'Tổ chức chủ trì', value: t.hostOrganisation }] : []),
        { label: 'Giai đoạn', value: stageLabel(t) },
        { label: 'Năm', value: year },
      ],
    },
  }),

  listing: definePublicRecordKind({
    collection: 'listings',
    schema: exchangeListingSchema,
    publicSchema: publicListingSchema,
    labels: { area: 'Sàn giao dịch công nghệ', noun: 'tin chào bán, nhu cầu công nghệ', color: 'orange' },
    title: (l) => l.title,
    period: () => null,
    year: (l) => yearOf(l.listedOn),
    searchText: (l) => [l.title, l.field, l.summary, l.owner],
    columns: (l) => ({
      field: l.field,
      status: l.status,
      level: l.kind,
      listedOn: l.listedOn,
      expiresOn: l.expiresOn,
    }),
    carriedToNextMonth: true,
    reportLine: (l) => `${listingKinds[l.kind]}: ${l.title}`,
    documentTable: {
      caption: () => 'Sàn giao dịch công nghệ: thông tin đăng trong kỳ',
      columns: [
        { header: 'Tên', weight: 5, value: (l) => l.title },
        { header: 'Loại', weight: 2, value: (l) => listingKinds[l.kind] },
        { header: 'Chủ sở hữu', weight: 3, value: (l) => l.owner },
        { header: 'Mức sẵn sàng (TRL)', weight: 1.6, align: 'center', value: (l) => String(l.readiness) },
      ],
    },
    admin: {
      columns: [
        { id: 'kind', header: 'Loại tin', cell: (l) => listingKinds[l.kind] },
        { id: 'owner', header: 'Chủ sở hữu', cell: (l) => l.owner },
        {
          id: 'status',
          header: 'Trạng thái',
          cell: (l, today) => {
            const expired = isListingExpired(l, today);
            const badge = expired && l.status === 'active' ? 'Hết hạn' : listingStatuses[l.status];
            return { badge, tone: expired ? 'red' : 'green' };
          },
        },
        { id: 'expires', header: 'Hết hạn', cell: (l) => date(l.expiresOn) },
      ],
      filters: [
        { column: 'status', label: 'Trạng thái', options: listingStatuses },
        { column: 'field', label: 'Lĩnh vực', placeholder: 'VD: Nông nghiệp' },
      ],
      form: {
        defaults: (today) => ({
          kind: 'offer',
          title: '',
          field: '',
          summary: '',
          owner: '',
          readiness: 5,
          ipStatus: 'none',
          priceMode: 'negotiable',
          contact: { name: '', isPublic: false },
          status: 'active',
          listedOn: today,
          expiresOn: '',
          isDemo: false,
        }),
        groups: [
          {
            title: 'Tin trên sàn giao dịch công nghệ',
            fields: [
              { name: 'kind', label: 'Loại tin', type: 'select', options: listingKinds, required: true },
              { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
              { name: 'field', label: 'Lĩnh vực', type: 'text', required: true },
              { name: 'summary', label: 'Tóm tắt', type: 'textarea', required: true },
              {
                name: 'owner',
                label: 'Chủ sở hữu',
                type: 'text',
                required: true,
                description: 'Chỉ chủ sở hữu hoặc người đại diện hợp pháp được đăng tin.',
              },
              {
                name: 'readiness',
                label: 'Mức độ sẵn sàng (TRL 1–9)',
                type: 'number',
                min: 1,
                max: 9,
                required: true,
              },
            ],
          },
          {
            title: 'Sở hữu trí tuệ, chuyển giao, giá',
            fields: [
              {
                name: 'ipStatus',
                label: 'Tình trạng sở hữu trí tuệ',
                type: 'select',
                options: ipStatuses,
                required: true,
              },
              { name: 'ipNumber', label: 'Số văn bằng', type: 'text' },
              {
                name: 'transferMode',
                label: 'Phương thức chuyển giao',
                type: 'select',
                options: transferModes,
              },
              {
                name: 'transferForm',
                label: 'Hình thức chuyển giao',
                type: 'select',
                options: transferForms,
              },
              {
                name: 'priceMode',
                label: 'Hình thức giá',
                type: 'select',
                options: priceModes,
                required: true,
              },
              { name: 'price', label: 'Giá (triệu đồng)', type: 'number', min: 0 },
            ],
          },
          {
            title: 'Liên hệ và thời hạn',
            fields: [
              { name: 'contact.name', label: 'Người liên hệ', type: 'text', required: true },
              { name: 'contact.phone', label: 'Số điện thoại', type: 'text' },
              { name: 'contact.email', label: 'Thư điện tử', type: 'text' },
              {
                name: 'contact.isPublic',
                label: 'Công khai thông tin liên hệ trên cổng thông tin',
                type: 'boolean',
              },
              { name: 'status', label: 'Trạng thái', type: 'select', options: listingStatuses },
              { name: 'listedOn', label: 'Ngày đăng', type: 'date', required: true },
              {
                name: 'expiresOn',
                label: 'Ngày hết hạn',
                type: 'date',
                required: true,
                description: 'Tin phải được gia hạn ít nhất mỗi quý.',
              },
              demoField,
            ],
          },
        ],
      },
    },
    // Expired listings leave; private contacts never appear.
    publish: (l, { asOf, asOfDate }) =>
      isListingExpired(l, asOfDate) ? null : { ...l, asOf, contact: l.contact.isPublic ? l.contact : null },
    snapshotOrder: (a, b) => newestFirst(a.listedOn, b.listedOn),
    openData: {
      slug: 'san-giao-dich',
      title: 'Sàn giao dịch công nghệ',
      description:
        'Tin chào bán, nhu cầu công nghệ, thiết bị, dịch vụ KH&CN còn hiệu lực; liên hệ chỉ khi chủ sở hữu công khai.',
      keywords: ['sàn giao dịch công nghệ', 'chuyển giao công nghệ'],
      columns: [
        idColumn(),
        { header: 'Loại', value: (l) => listingKinds[l.kind] },
        { header: 'Tiêu đề', value: (l) => l.title },
        { header: 'Lĩnh vực', value: (l) => l.field },
        { header: 'Tóm tắt', value: (l) => l.summary },
        { header: 'Chủ sở hữu', value: (l) => l.owner },
        { header: 'TRL', value: (l) => l.readiness },
        { header: 'Sở hữu trí tuệ', value: (l) => l.ipStatus },
        { header: 'Số văn bằng', value: (l) => l.ipNumber },
        { header: 'Hình thức giá', value: (l) => l.priceMode },
        { header: 'Giá (triệu đồng)', value: (l) => l.price },
        { header: 'Ngày đăng', value: (l) => l.listedOn },
        { header: 'Ngày hết hạn', value: (l) => l.expiresOn },
        { header: 'Người liên hệ', value: (l) => l.contact?.name },
        { header: 'Điện thoại', value: (l) => l.contact?.phone },
        { header: 'Thư điện tử', value: (l) => l.contact?.email },
        { header: 'Dữ liệu minh họa', value: (l) => l.isDemo },
      ],
    },
    site: {
      segment: 'san-giao-dich',
      nav: 'Sàn giao dịch',
      title: 'Sàn giao dịch công nghệ',
      description:
        'Chào bán công nghệ, nhu cầu công nghệ, thiết bị và dịch vụ KH&CN đang còn hiệu lực đăng tin.',
      facets: [
        {
          key: 'kind',
          segment: 'loai',
          label: 'Loại tin',
          value: (l) => listingKinds[l.kind],
          order: Object.values(listingKinds),
        },
        { key: 'field', segment: 'linh-vuc', label: 'Lĩnh vực', value: (l) => l.field, order: 'label' },
        { key: 'year', segment: 'nam', label: 'Năm đăng', value: (_l, { year }) => year, order: 'desc' },
      ],
      summary: (l) => [
        { label: 'Loại', value: listingKinds[l.kind] },
        { label: 'Lĩnh vực', value: l.field },
        { label: 'Chủ sở hữu', value: l.owner },
        { label: 'Hết hạn', value: formatDate(l.expiresOn) },
      ],
      feed: {
        entry: (l) => ({
          title: `${listingKinds[l.kind]}: ${l.title}`,
          description: l.summary,
          date: l.renewedOn ?? l.listedOn,
        }),
      },
    },
  }),

  publication: definePublicRecordKind({
    collection: 'publications',
    schema: publicationSchema,
    publicSchema: publicPublicationSchema,
    labels: { area: 'Bản tin, ấn phẩm', noun: 'ấn phẩm', color: 'cyan' },
    title: (p) => p.title,
    period: (p) => p.period,
    year: (p) => p.year,
    searchText: (p) => [p.title, p.summary, p.publisher, ...p.contents],
    columns: (p) => ({ level: p.kind }),
    carriedToNextMonth: false,
    uploadedFile: { field: 'pdfFileId', label: 'Tệp PDF' },
    reportLine: (p) => `${publicationKinds[p.kind]}: ${p.title}`,
    documentTable: {
      caption: () => 'Ấn phẩm thông tin KH&CN',
      columns: [
        { header: 'Ấn phẩm', weight: 5, value: (p) => p.title },
        { header: 'Loại', weight: 2.4, value: (p) => publicationKinds[p.kind] },
        {
          header: 'Số lượng (cuốn)',
          weight: 1.6,
          align: 'center',
          value: (p) => (p.printRun === undefined ? undefined : formatNumber(p.printRun)),
        },
        { header: 'Đơn vị thực hiện', weight: 3, value: (p) => p.publisher },
      ],
    },
    admin: {
      columns: [
        { id: 'kind', header: 'Loại', cell: (p) => publicationKinds[p.kind] },
        {
          id: 'issue',
          header: 'Số',
          cell: (p) => (p.issueNumber ? `${p.issueNumber}/${p.year}` : String(p.year)),
        },
        { id: 'run', header: 'Số lượng in', cell: (p) => count(p.printRun) },
        { id: 'pdf', header: 'Tệp PDF', cell: (p) => (p.pdfFileId ? 'Có' : 'Chưa có') },
      ],
      filters: [],
      form: {
        defaults: (today) => ({
          period: periodOfDate(today),
          kind: 'bulletin',
          title: '',
          year: yearOf(today),
          contents: [],
        }),
        groups: [
          {
            title: 'Bản tin, ấn phẩm',
            fields: [
              periodField,
              { name: 'kind', label: 'Loại', type: 'select', options: publicationKinds, required: true },
              { name: 'title', label: 'Tên ấn phẩm', type: 'text', required: true },
              { name: 'issueNumber', label: 'Số', type: 'number', min: 1, noGrouping: true },
              {
                name: 'year',
                label: 'Năm',
                type: 'number',
                min: 1990,
                max: 2100,
                required: true,
                noGrouping: true,
              },
              { name: 'publishedOn', label: 'Ngày xuất bản', type: 'date' },
              { name: 'printRun', label: 'Số lượng in', type: 'number', min: 0 },
              { name: 'publisher', label: 'Đơn vị xuất bản', type: 'text' },
              { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
              {
                name: 'contents',
                label: 'Mục lục',
                type: 'lines',
                description: 'Mỗi dòng một bài, một mục.',
              },
            ],
          },
        ],
      },
    },
    publish: (p, { asOf, publicationPdfs }) => {
      const pdf = publicationPdfs[p.id];
      return pdf ? { ...p, asOf, pdf } : { ...p, asOf };
    },
    snapshotOrder: (a, b) => b.year - a.year || compareVietnamese(a.title, b.title),
    openData: {
      slug: 'an-pham',
      title: 'Bản tin và ấn phẩm KH&CN',
      description: 'Bản tin KH&CN, tài liệu và quy trình kỹ thuật do Sở phát hành.',
      keywords: ['bản tin', 'ấn phẩm'],
      columns: [
        idColumn(),
        { header: 'Loại', value: (p) => publicationKinds[p.kind] },
        { header: 'Tiêu đề', value: (p) => p.title },
        { header: 'Số', value: (p) => p.issueNumber },
        { header: 'Năm', value: (p) => p.year },
        { header: 'Ngày xuất bản', value: (p) => p.publishedOn },
        { header: 'Số lượng in', value: (p) => p.printRun },
        { header: 'Đơn vị thực hiện', value: (p) => p.publisher },
        { header: 'Tóm tắt', value: (p) => p.summary },
        { header: 'Tệp PDF', value: (p, absolute) => (p.pdf ? absolute(`/${p.pdf.path}`) : null) },
      ],
    },
    site: {
      segment: 'an-pham',
      nav: 'Ấn phẩm',
      title: 'Bản tin và ấn phẩm KH&CN',
      description: 'Bản tin khoa học và công nghệ, tài liệu và quy trình kỹ thuật do Sở phát hành.',
      facets: [
        {
          key: 'kind',
          segment: 'loai',
          label: 'Loại ấn phẩm',
          value: (p) => publicationKinds[p.kind],
          order: Object.values(publicationKinds),
        },
        { key: 'year', segment: 'nam', label: 'Năm', value: (p) => String(p.year), order: 'desc' },
      ],
      summary: (p) => [
        { label: 'Loại', value: publicationKinds[p.kind] },
        { label: 'Năm', value: String(p.year) },
        ...(p.publishedOn ? [{ label: 'Ngày xuất bản', value: formatDate(p.publishedOn) }] : []),
      ],
      feed: {
        order: (a, b) => newestFirst(a.period, b.period),
        entry: (p) => ({
          title: p.title,
          description: p.summary ?? `${publicationKinds[p.kind]} năm ${p.year}`,
          date: p.publishedOn ?? `${p.period}-01`,
        }),
      },
    },
  }),

  inspection: definePublicRecordKind({
    collection: 'inspections',
    schema: inspectionOutcomeSchema,
    publicSchema: publicInspectionSchema,
    labels: { area: 'Thanh tra, kiểm tra', noun: 'cuộc thanh tra, kiểm tra', color: 'red' },
    title: (i) => i.title,
    period: (i) => i.period,
    year: (i) => yearOf(i.conclusionDate ?? i.period),
    searchText: (i) => [i.title, i.subjectArea, i.conductedBy, i.findings, i.violations, i.sanctions],
    columns: (i) => ({ field: i.subjectArea, level: i.kind }),
    carriedToNextMonth: false,
    reportLine: (i) => `${inspectionKinds[i.kind]}: ${i.title}`,
    documentTable: {
      caption: captionByKind(
        { inspection: 'Kết quả thanh tra', check: 'Kết quả kiểm tra' },
        'Kết quả thanh tra, kiểm tra',
      ),
      columns: [
        { header: 'Nội dung', weight: 5, value: (i) => i.title },
        { header: 'Hình thức', weight: 1.6, align: 'center', value: (i) => inspectionKinds[i.kind] },
        { header: 'Số cuộc', weight: 1.2, align: 'center', value: (i) => formatCount(i.inspectionCount) },
        { header: 'Số đối tượng', weight: 1.4, align: 'center', value: (i) => formatCount(i.entityCount) },
        {
          header: 'Đạt yêu cầu',
          weight: 1.4,
          align: 'center',
          value: (i) =>
            i.compliantCount === undefined
              ? undefined
              : `${formatCount(i.compliantCount)}/${formatCount(i.entityCount)}`,
        },
      ],
    },
    admin: {
      columns: [
        periodColumn(),
        { id: 'kind', header: 'Loại', cell: (i) => inspectionKinds[i.kind] },
        { id: 'area', header: 'Lĩnh vực', cell: (i) => i.subjectArea },
        { id: 'entities', header: 'Số đối tượng', cell: (i) => count(i.entityCount) },
      ],
      filters: [],
      form: {
        defaults: (today) => ({
          period: periodOfDate(today),
          kind: 'check',
          title: '',
          subjectArea: '',
          legalBasis: [],
          inspectionCount: 1,
          entityCount: 0,
          findings: '',
        }),
        groups: [
          {
            title: 'Thanh tra, kiểm tra',
            fields: [
              periodField,
              { name: 'kind', label: 'Loại', type: 'select', options: inspectionKinds, required: true },
              { name: 'title', label: 'Tên cuộc thanh tra, kiểm tra', type: 'textarea', required: true },
              { name: 'subjectArea', label: 'Lĩnh vực', type: 'text', required: true },
              { name: 'conductedBy', label: 'Đơn vị thực hiện', type: 'text' },
              { name: 'legalBasis', label: 'Căn cứ pháp lý', type: 'legalRefs' },
            ],
          },
          {
            title: 'Kết quả',
            fields: [
              { name: 'inspectionCount', label: 'Số cuộc', type: 'number', min: 1, required: true },
              { name: 'entityCount', label: 'Số đối tượng', type: 'number', min: 0, required: true },
              { name: 'compliantCount', label: 'Số đạt yêu cầu', type: 'number', min: 0 },
              { name: 'nonCompliantCount', label: 'Số không đạt', type: 'number', min: 0 },
              { name: 'findings', label: 'Kết quả', type: 'textarea', required: true },
              { name: 'violations', label: 'Vi phạm', type: 'textarea' },
              { name: 'sanctions', label: 'Xử lý', type: 'textarea' },
              { name: 'conclusionDate', label: 'Ngày kết luận', type: 'date' },
            ],
          },
        ],
      },
    },
    snapshotOrder: (a, b) => newestFirst(a.period, b.period),
    openData: {
      slug: 'thanh-tra-kiem-tra',
      title: 'Kết quả thanh tra, kiểm tra',
      description:
        'Căn cứ, phạm vi, số đối tượng, kết quả và kết luận các cuộc thanh tra, kiểm tra trong lĩnh vực KH&CN.',
      keywords: ['thanh tra', 'kiểm tra'],
      columns: [
        idColumn(),
        periodDataColumn(),
        { header: 'Hình thức', value: (i) => inspectionKinds[i.kind] },
        { header: 'Tiêu đề', value: (i) => i.title },
        { header: 'Lĩnh vực', value: (i) => i.subjectArea },
        { header: 'Căn cứ pháp lý', value: (i) => i.legalBasis.map(formatLegalReference).join('; ') },
        { header: 'Đơn vị thực hiện', value: (i) => i.conductedBy },
        { header: 'Số cuộc', value: (i) => i.inspectionCount },
        { header: 'Số đối tượng', value: (i) => i.entityCount },
        { header: 'Số đạt', value: (i) => i.compliantCount },
        { header: 'Số không đạt', value: (i) => i.nonCompliantCount },
        { header: 'Kết quả', value: (i) => i.findings },
        { header: 'Vi phạm', value: (i) => i.violations },
        { header: 'Xử lý', value: (i) => i.sanctions },
        { header: 'Kết luận', value: (i) => (i.conclusion ? formatLegalReference(i.conclusion) : null) },
        { header: 'Ngày kết luận', value: (i) => i.conclusionDate },
      ],
    },
    site: {
      segment: 'thanh-tra-kiem-tra',
      nav: 'Thanh tra, kiểm tra',
      title: 'Kết quả thanh tra, kiểm tra',
      description:
        'Kết quả các cuộc thanh tra, kiểm tra trong lĩnh vực khoa học và công nghệ: căn cứ, phạm vi, kết quả, kết luận.',
      facets: [
        {
          key: 'kind',
          segment: 'loai',
          label: 'Hình thức',
          value: (i) => inspectionKinds[i.kind],
          order: Object.values(inspectionKinds),
        },
        { key: 'field', segment: 'linh-vuc', label: 'Lĩnh vực', value: (i) => i.subjectArea, order: 'label' },
        { key: 'year', segment: 'nam', label: 'Năm', value: (_i, { year }) => year, order: 'desc' },
      ],
      summary: (i) => [
        { label: 'Hình thức', value: inspectionKinds[i.kind] },
        { label: 'Lĩnh vực', value: i.subjectArea },
        { label: 'Kỳ báo cáo', value: formatPeriod(i.period) },
        { label: 'Số đối tượng', value: String(i.entityCount) },
      ],
      order: (a, b) => newestFirst(a.period, b.period) || compareVietnamese(a.title, b.title),
      feed: {
        entry: (i) => ({
          title: `${inspectionKinds[i.kind]}: ${i.title}`,
          description: `${i.subjectArea}, ${formatPeriod(i.period)}`,
          date: i.conclusionDate ?? `${i.period}-01`,
        }),
      },
    },
  }),

  declaration: definePublicRecordKind({
    collection: 'declarations',
    schema: conformityDeclarationSchema,
    publicSchema: publicDeclarationSchema,
    labels: { area: 'Công bố hợp chuẩn, hợp quy', noun: 'công bố hợp chuẩn, hợp quy', color: 'indigo' },
    title: (d) => d.product,
    period: (d) => d.period,
    year: (d) => yearOf(d.noticeDate),
    searchText: (d) => [
      d.product,
      d.productGroup,
      d.organisation,
      d.organisationAddress,
      d.standardCode,
      d.noticeNumber,
      d.certificationBody,
      d.certificateNumber,
    ],
    columns: (d) => ({ field: d.productGroup, level: d.kind, expiresOn: declarationValidUntil(d) }),
    carriedToNextMonth: false,
    addedAfterContentHash: true,
    reportLine: (d) =>
      `${declarationKinds[d.kind]}: ${d.product} (${d.organisation}), theo ${d.standardCode}; thông báo tiếp nhận số ${d.noticeNumber} ngày ${formatDate(d.noticeDate)}`,
    documentTable: {
      caption: captionByKind(
        {
          standard: 'Thông báo tiếp nhận hồ sơ công bố hợp chuẩn',
          regulation: 'Thông báo tiếp nhận hồ sơ công bố hợp quy',
        },
        'Thông báo tiếp nhận hồ sơ công bố hợp chuẩn, hợp quy',
      ),
      columns: [
        { header: 'Tổ chức công bố', weight: 3, value: (d) => d.organisation },
        { header: 'Sản phẩm, hàng hóa', weight: 3.4, value: (d) => d.product },
        { header: 'Tiêu chuẩn, quy chuẩn', weight: 2.2, value: (d) => d.standardCode },
        {
          header: 'Số, ngày thông báo',
          weight: 2.2,
          align: 'center',
          value: (d) => `${d.noticeNumber} ngày ${formatDate(d.noticeDate)}`,
        },
        { header: 'Căn cứ', weight: 1.8, value: (d) => declarationAssessments[d.assessment] },
      ],
    },
    admin: {
      columns: [
        { id: 'kind', header: 'Hình thức', cell: (d) => declarationKinds[d.kind] },
        { id: 'organisation', header: 'Tổ chức công bố', cell: (d) => d.organisation },
        { id: 'standard', header: 'Tiêu chuẩn, quy chuẩn', cell: (d) => d.standardCode },
        {
          id: 'notice',
          header: 'Thông báo tiếp nhận',
          cell: (d) => `${d.noticeNumber}, ${formatDate(d.noticeDate)}`,
        },
      ],
      filters: [
        { column: 'level', label: 'Hình thức công bố', options: declarationKinds },
        { column: 'field', label: 'Nhóm sản phẩm', placeholder: 'VD: Vật liệu xây dựng' },
      ],
      form: {
        defaults: (today) => ({
          period: periodOfDate(today),
          kind: 'regulation',
          organisation: '',
          product: '',
          productGroup: '',
          standardCode: '',
          assessment: 'certification',
          noticeNumber: '',
          noticeDate: today,
          isDemo: false,
        }),
        groups: [
          {
            title: 'Tổ chức công bố và sản phẩm',
            fields: [
              periodField,
              {
                name: 'kind',
                label: 'Hình thức công bố',
                type: 'select',
                options: declarationKinds,
                required: true,
              },
              { name: 'organisation', label: 'Tổ chức, cá nhân công bố', type: 'text', required: true },
              { name: 'organisationAddress', label: 'Địa chỉ', type: 'text' },
              { name: 'product', label: 'Sản phẩm, hàng hóa', type: 'textarea', required: true },
              {
                name: 'productGroup',
                label: 'Nhóm sản phẩm',
                type: 'text',
                required: true,
                description: 'VD: Vật liệu xây dựng; Thực phẩm; Đồ chơi trẻ em.',
              },
              {
                name: 'standardCode',
                label: 'Số hiệu tiêu chuẩn, quy chuẩn',
                type: 'text',
                required: true,
                description:
                  'Hợp chuẩn: TCVN hoặc tiêu chuẩn khác; hợp quy: QCVN hoặc QCĐP. VD: QCVN 16:2023/BXD.',
              },
            ],
          },
          {
            title: 'Căn cứ công bố',
            fields: [
              {
                name: 'assessment',
                label: 'Căn cứ công bố',
                type: 'select',
                options: declarationAssessments,
                required: true,
              },
              { name: 'certificationBody', label: 'Tổ chức chứng nhận', type: 'text' },
              { name: 'certificateNumber', label: 'Số giấy chứng nhận', type: 'text' },
              { name: 'certificateExpiresOn', label: 'Ngày hết hạn giấy chứng nhận', type: 'date' },
            ],
          },
          {
            title: 'Thông báo tiếp nhận và hiệu lực',
            fields: [
              { name: 'noticeNumber', label: 'Số thông báo tiếp nhận', type: 'text', required: true },
              { name: 'noticeDate', label: 'Ngày thông báo tiếp nhận', type: 'date', required: true },
              {
                name: 'validUntil',
                label: 'Hiệu lực đến',
                type: 'date',
                description: 'Để trống khi hiệu lực theo giấy chứng nhận.',
              },
              { name: 'note', label: 'Ghi chú', type: 'text' },
              demoField,
            ],
          },
        ],
      },
    },
    snapshotOrder: (a, b) =>
      newestFirst(a.noticeDate, b.noticeDate) || compareVietnamese(a.product, b.product),
    openData: {
      slug: 'cong-bo-hop-chuan-hop-quy',
      title: 'Công bố hợp chuẩn, hợp quy',
      description:
        'Thông báo tiếp nhận hồ sơ công bố hợp chuẩn, hợp quy: tổ chức công bố, sản phẩm, hàng hóa và nhóm sản phẩm, tiêu chuẩn hoặc quy chuẩn áp dụng, căn cứ công bố, số và ngày thông báo, thời hạn hiệu lực.',
      keywords: ['công bố hợp chuẩn', 'công bố hợp quy', 'tiêu chuẩn', 'quy chuẩn kỹ thuật'],
      columns: [
        idColumn(),
        periodDataColumn(),
        { header: 'Hình thức', value: (d) => declarationKinds[d.kind] },
        { header: 'Tổ chức công bố', value: (d) => d.organisation },
        { header: 'Địa chỉ tổ chức công bố', value: (d) => d.organisationAddress },
        { header: 'Sản phẩm, hàng hóa', value: (d) => d.product },
        { header: 'Nhóm sản phẩm', value: (d) => d.productGroup },
        { header: 'Tiêu chuẩn, quy chuẩn', value: (d) => d.standardCode },
        { header: 'Căn cứ công bố', value: (d) => declarationAssessments[d.assessment] },
        { header: 'Tổ chức chứng nhận', value: (d) => d.certificationBody },
        { header: 'Số giấy chứng nhận', value: (d) => d.certificateNumber },
        { header: 'Giấy chứng nhận hết hạn', value: (d) => d.certificateExpiresOn },
        { header: 'Số thông báo tiếp nhận', value: (d) => d.noticeNumber },
        { header: 'Ngày thông báo tiếp nhận', value: (d) => d.noticeDate },
        { header: 'Hiệu lực đến', value: (d) => declarationValidUntil(d) },
        { header: 'Ghi chú', value: (d) => d.note },
        { header: 'Dữ liệu minh họa', value: (d) => d.isDemo },
      ],
    },
    site: {
      segment: 'cong-bo-hop-chuan-hop-quy',
      nav: 'Hợp chuẩn, hợp quy',
      title: 'Công bố hợp chuẩn, hợp quy',
      description:
        'Tra cứu sản phẩm, hàng hóa đã được tiếp nhận hồ sơ công bố hợp chuẩn, hợp quy: theo sản phẩm, tổ chức công bố hoặc số hiệu tiêu chuẩn, quy chuẩn.',
      facets: [
        {
          key: 'kind',
          segment: 'loai',
          label: 'Hình thức công bố',
          value: (d) => declarationKinds[d.kind],
          order: Object.values(declarationKinds),
        },
        {
          key: 'group',
          segment: 'nhom-san-pham',
          label: 'Nhóm sản phẩm',
          value: (d) => d.productGroup,
          order: 'label',
        },
        { key: 'year', segment: 'nam', label: 'Năm', value: (_d, { year }) => year, order: 'desc' },
      ],
      summary: (d) => {
        const until = declarationValidUntil(d);
        return [
          { label: 'Hình thức', value: declarationKinds[d.kind] },
          { label: 'Nhóm sản phẩm', value: d.productGroup },
          { label: 'Tổ chức công bố', value: d.organisation },
          { label: 'Tiêu chuẩn, quy chuẩn', value: d.standardCode },
          { label: 'Thông báo tiếp nhận', value: `${d.noticeNumber}, ngày ${formatDate(d.noticeDate)}` },
          ...(until ? [{ label: 'Hiệu lực đến', value: formatDate(until) }] : []),
        ];
      },
      feed: {
        entry: (d) => ({
          title: `${declarationKinds[d.kind]}: ${d.product}`,
          description: `${d.organisation}; ${d.standardCode}; thông báo tiếp nhận số ${d.noticeNumber}`,
          date: d.noticeDate,
        }),
      },
    },
  }),

  appraisal: defineRecordKind({
    collection: 'appraisals',
    schema: techAppraisalSchema,
    publicSchema: publicAppraisalSchema,
    labels: { area: 'Ý kiến, thẩm định công nghệ', noun: 'ý kiến, thẩm định công nghệ', color: 'grape' },
    title: (a) => a.projectName ?? a.sector,
    period: (a) => a.period,
    year: (a) => yearOf(a.period),
    searchText: (a) => [a.sector, a.projectName, a.investor],
    columns: (a) => ({ field: a.sector }),
    carriedToNextMonth: false,
    reportLine: (a) =>
      [
        appraisalKinds[a.kind],
        `dự án lĩnh vực ${a.sector}`,
        a.projectName,
        a.investor && `nhà đầu tư ${a.investor}`,
        a.note,
      ]
        .filter(Boolean)
        .join('; '),
    documentTable: {
      caption: () => 'Dự án đầu tư được tham gia ý kiến, thẩm định về công nghệ',
      columns: [
        { header: 'Lĩnh vực', weight: 5, value: (a) => a.sector },
        { header: 'Tên dự án', weight: 3, value: (a) => a.projectName },
        { header: 'Nhà đầu tư', weight: 2.5, value: (a) => a.investor },
        { header: 'Hình thức', weight: 2, value: (a) => appraisalKinds[a.kind] },
      ],
    },
    admin: {
      columns: [periodColumn(), { id: 'sector', header: 'Lĩnh vực đầu tư', cell: (a) => a.sector }],
      filters: [],
      form: {
        defaults: (today) => ({ period: periodOfDate(today), kind: 'opinion', sector: '' }),
        groups: [
          {
            title: 'Ý kiến, thẩm định công nghệ',
            fields: [
              periodField,
              { name: 'kind', label: 'Loại', type: 'select', options: appraisalKinds },
              { name: 'sector', label: 'Lĩnh vực đầu tư', type: 'text', required: true },
              { name: 'projectName', label: 'Tên dự án', type: 'text' },
              { name: 'investor', label: 'Nhà đầu tư', type: 'text' },
              { name: 'note', label: 'Ghi chú', type: 'text' },
            ],
          },
        ],
      },
    },
    openData: {
      slug: 'tham-dinh-cong-nghe',
      title: 'Ý kiến, thẩm định công nghệ dự án đầu tư',
      description: 'Các dự án đầu tư được Sở góp ý kiến hoặc thẩm định về công nghệ, theo lĩnh vực.',
      keywords: ['thẩm định công nghệ', 'dự án đầu tư'],
      columns: [
        idColumn(),
        periodDataColumn(),
        { header: 'Hình thức', value: (a) => appraisalKinds[a.kind] },
        { header: 'Lĩnh vực', value: (a) => a.sector },
        { header: 'Tên dự án', value: (a) => a.projectName },
        { header: 'Nhà đầu tư', value: (a) => a.investor },
        { header: 'Ghi chú', value: (a) => a.note },
      ],
    },
  }),

  transfer: defineRecordKind({
    collection: 'transfers',
    schema: transferRegistrationSchema,
    publicSchema: publicTransferSchema,
    labels: { area: 'Đăng ký chuyển giao công nghệ', noun: 'đăng ký chuyển giao công nghệ', color: 'violet' },
    title: (t) => t.organisation,
    period: (t) => t.period,
    year: (t) => yearOf(t.period),
    searchText: (t) => [t.organisation, t.technology, t.certificateNumber],
    carriedToNextMonth: false,
    reportLine: (t) =>
      [
        `Đăng ký chuyển giao công nghệ: ${t.organisation}`,
        t.technology,
        t.certificateNumber && `giấy chứng nhận số ${t.certificateNumber}`,
        t.note,
      ]
        .filter(Boolean)
        .join('; '),
    documentTable: {
      caption: () => 'Giấy chứng nhận đăng ký chuyển giao công nghệ',
      columns: [
        { header: 'Tổ chức đăng ký', weight: 4, value: (t) => t.organisation },
        { header: 'Công nghệ chuyển giao', weight: 4, value: (t) => t.technology },
        { header: 'Số Giấy chứng nhận', weight: 2, value: (t) => t.certificateNumber },
        {
          header: 'Ngày cấp',
          weight: 1.6,
          align: 'center',
          value: (t) => t.issuedOn && formatDate(t.issuedOn),
        },
      ],
    },
    admin: {
      columns: [
        periodColumn(),
        { id: 'technology', header: 'Công nghệ', cell: (t) => dash(t.technology) },
        { id: 'cert', header: 'Số giấy chứng nhận', cell: (t) => dash(t.certificateNumber) },
        { id: 'issued', header: 'Ngày cấp', cell: (t) => date(t.issuedOn) },
      ],
      filters: [],
      form: {
        defaults: (today) => ({ period: periodOfDate(today), organisation: '' }),
        groups: [
          {
            title: 'Đăng ký chuyển giao công nghệ',
            fields: [
              periodField,
              { name: 'organisation', label: 'Tổ chức', type: 'text', required: true },
              { name: 'technology', label: 'Công nghệ', type: 'text' },
              { name: 'certificateNumber', label: 'Số giấy chứng nhận', type: 'text' },
              { name: 'issuedOn', label: 'Ngày cấp', type: 'date' },
              { name: 'note', label: 'Ghi chú', type: 'text' },
            ],
          },
        ],
      },
    },
    openData: {
      slug: 'chuyen-giao-cong-nghe',
      title: 'Đăng ký chuyển giao công nghệ',
      description: 'Giấy chứng nhận đăng ký chuyển giao công nghệ đã cấp.',
      keywords: ['chuyển giao công nghệ'],
      columns: [
        idColumn(),
        periodDataColumn(),
        { header: 'Tổ chức', value: (t) => t.organisation },
        { header: 'Công nghệ', value: (t) => t.technology },
        { header: 'Số giấy chứng nhận', value: (t) => t.certificateNumber },
        { header: 'Ngày cấp', value: (t) => t.issuedOn },
        { header: 'Ghi chú', value: (t) => t.note },
      ],
    },
  }),

  event: defineRecordKind({
    collection: 'events',
    schema: outreachEventSchema,
    publicSchema: publicEventSchema,
    labels: { area: 'Hội thảo, tập huấn', noun: 'hội thảo, lớp tập huấn', color: 'teal' },
    title: (e) => e.title,
    period: (e) => e.period,
    year: (e) => yearOf(e.period),
    searchText: (e) => [e.title],
    columns: (e) => ({ level: e.kind }),
    carriedToNextMonth: false,
    reportLine: (e) =>
      `${eventKinds[e.kind]}: ${e.title} (${e.sessions > 1 ? `${e.sessions} buổi, ` : ''}${qualifiedText(e.attendeesQualifier, formatNumber(e.attendees))} người tham dự)`,
    documentTable: {
      caption: captionByKind(eventKinds, 'Hội thảo, lớp tập huấn'),
      columns: [
        { header: 'Nội dung', weight: 6, value: (e) => e.title },
        { header: 'Số cuộc, lớp', weight: 1.4, align: 'center', value: (e) => formatCount(e.sessions) },
        {
          header: 'Người tham dự',
          weight: 1.8,
          align: 'center',
          value: (e) => qualifiedText(e.attendeesQualifier, formatNumber(e.attendees)),
        },
        { header: 'Ngày', weight: 1.6, align: 'center', value: (e) => e.date && formatDate(e.date) },
      ],
    },
    admin: {
      columns: [
        periodColumn(),
        { id: 'kind', header: 'Loại', cell: (e) => eventKinds[e.kind] },
        { id: 'sessions', header: 'Số lớp/cuộc', cell: (e) => count(e.sessions) },
        { id: 'attendees', header: 'Người tham dự', cell: (e) => count(e.attendees) },
      ],
      filters: [],
      form: {
        defaults: (today) => ({
          period: periodOfDate(today),
          kind: 'workshop',
          title: '',
          sessions: 1,
          attendees: 0,
          attendeesQualifier: 'exact',
          legalBasis: [],
        }),
        groups: [
          {
            title: 'Hội thảo, tập huấn',
            fields: [
              periodField,
              { name: 'kind', label: 'Loại', type: 'select', options: eventKinds, required: true },
              { name: 'title', label: 'Tên', type: 'textarea', required: true },
              { name: 'sessions', label: 'Số lớp/cuộc', type: 'number', min: 1, required: true },
              { name: 'attendees', label: 'Số người tham dự', type: 'number', min: 0, required: true },
              {
                name: 'attendeesQualifier',
                label: 'Từ hạn định của số người (hơn, gần, khoảng…)',
                type: 'select',
                options: qualifierOptions,
              },
              { name: 'date', label: 'Ngày tổ chức', type: 'date' },
              { name: 'legalBasis', label: 'Căn cứ pháp lý', type: 'legalRefs' },
            ],
          },
        ],
      },
    },
    openData: {
      slug: 'hoi-thao-tap-huan',
      title: 'Hội thảo khoa học, lớp tập huấn',
      description: 'Hội thảo khoa học và lớp tập huấn, bồi dưỡng do Sở tổ chức, số buổi và số người tham dự.',
      keywords: ['hội thảo', 'tập huấn'],
      columns: [
        idColumn(),
        periodDataColumn(),
        { header: 'Loại', value: (e) => eventKinds[e.kind] },
        { header: 'Tên', value: (e) => e.title },
        { header: 'Số buổi, lớp', value: (e) => e.sessions },
        { header: 'Số người tham dự', value: (e) => e.attendees },
        {
          header: 'Từ hạn định',
          value: (e) => (e.attendeesQualifier === 'exact' ? '' : e.attendeesQualifier),
        },
        { header: 'Ngày', value: (e) => e.date },
      ],
    },
  }),
};

// ---------------------------------------------------------------------------------------------------------
// Derived types and lookups.

export type RecordKindRegistry = typeof recordKindRegistry;
export type RecordKind = keyof RecordKindRegistry;
/** Every kind, in registry order. */
export const recordKinds = Object.keys(recordKindRegistry) as [RecordKind, ...RecordKind[]];
/** The document of a record of each kind (what staff enter). */
export type RecordByKind = { [K in RecordKind]: z.output<RecordKindRegistry[K]['schema']> };
/** What the public snapshot carries of a record of each kind. */
export type PublicRecordByKind = { [K in RecordKind]: z.output<RecordKindRegistry[K]['publicSchema']> };
export type RecordCollection = RecordKindRegistry[RecordKind]['collection'];
/** The records an approved edition links, frozen at approval with their values as of that day, by collection. */
export type FrozenRecords = {
  [K in RecordKind as RecordKindRegistry[K]['collection']]: RecordByKind[K][];
};

/** A record of any kind, with its kind. */
export type AnyRecord = { [K in RecordKind]: { kind: K; data: RecordByKind[K] } }[RecordKind];
/** A record of any kind, validated by its kind's schema (what the API takes to create or save one). */
const recordVariants = recordKinds.map((kind) =>
  z.object({ kind: z.literal(kind), data: recordKindRegistry[kind].schema as z.ZodType }),
);
/** What a caller sends for a record of any kind (defaults not yet applied). */
export type AnyRecordInput = {
  [K in RecordKind]: { kind: K; data: z.input<RecordKindRegistry[K]['schema']> };
}[RecordKind];
export const anyRecordSchema = z.discriminatedUnion(
  'kind',
  recordVariants as [(typeof recordVariants)[number], ...typeof recordVariants],
) as unknown as z.ZodType<AnyRecord, AnyRecordInput>;

/** Pairs a document with its kind, validated by the kind's schema (as the API validates it again). */
export function parseRecord(kind: RecordKind, data: unknown): AnyRecord {
  return anyRecordSchema.parse({ kind, data });
}

/** A kind's definition seen by code that works over every kind: its functions take a record of any shape. */
export type AnyRecordKindDefinition = RecordKindDefinition<
  RecordCollection,
  Record<string, unknown>,
  Record<string, unknown>
>;
/** The definition of `kind`, for code that treats every kind alike (lists, tables, projections). */
export function anyRecordKind(kind: RecordKind): AnyRecordKindDefinition {
  return recordKindRegistry[kind] as unknown as AnyRecordKindDefinition;
}
/** Each kind with its definition, in registry order, for code that treats every kind alike. */
export const recordKindEntries = recordKinds.map((kind) => [kind, anyRecordKind(kind)] as const);

export const recordCollectionByKind = Object.fromEntries(
  recordKindEntries.map(([kind, d]) => [kind, d.collection]),
) as { [K in RecordKind]: RecordKindRegistry[K]['collection'] };

export const emptyFrozenRecords = (): FrozenRecords =>
  Object.fromEntries(recordKindEntries.map(([, d]) => [d.collection, []])) as unknown as FrozenRecords;

/** Frozen records as stored before a kind existed (its collection absent), completed with empty collections. */
export function completeFrozenRecords(stored: Partial<FrozenRecords>): FrozenRecords {
  return { ...emptyFrozenRecords(), ...stored };
}

/** A record's one-line title, whatever its kind (lists, links, the audit log). */
export function recordTitle(kind: RecordKind, data: RecordByKind[RecordKind]): string {
  return anyRecordKind(kind).title(data);
}

/** "Thêm nhiệm vụ KH&CN", "Hồ sơ tin chào bán, nhu cầu công nghệ": a kind's noun, first letter in capital. */
export function recordKindName(kind: RecordKind): string {
  const noun = recordKindRegistry[kind].labels.noun;
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** The kinds with pages of their own on the public site. */
export type PublicRecordKind = {
  [K in RecordKind]: RecordKindRegistry[K] extends { site: object } ? K : never;
}[RecordKind];
export const publicRecordKinds = recordKinds.filter(
  (kind): kind is PublicRecordKind => recordKindRegistry[kind].site !== undefined,
);
