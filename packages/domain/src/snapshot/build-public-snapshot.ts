import type { ExchangeListing } from '../records/exchange-listing.schema.ts';
import { isListingExpired } from '../records/exchange-listing.schema.ts';
import type {
  InspectionOutcome,
  OutreachEvent,
  Publication,
  TechAppraisal,
  TransferRegistration,
} from '../records/other-records.schema.ts';
import type { StTask } from '../records/st-task.schema.ts';
import type { Indicator } from '../report/indicator.schema.ts';
import type { RecordKind, ReportContent, ReportNumber } from '../report/report.schema.ts';
import type { SiteConfig } from '../site/site-config.schema.ts';
import { compareVietnamese } from '../text/vietnamese-text.ts';
import { parseInput } from '../validation/vietnamese-errors.ts';
import { type EditionRef, type PublicSnapshot, publicSnapshotSchema } from './public-snapshot.schema.ts';

/** The records an approved edition links, frozen at approval with their values as of that day. */
export type FrozenRecords = {
  tasks: StTask[];
  listings: ExchangeListing[];
  publications: Publication[];
  inspections: InspectionOutcome[];
  appraisals: TechAppraisal[];
  transfers: TransferRegistration[];
  events: OutreachEvent[];
};

export const emptyFrozenRecords = (): FrozenRecords => ({
  tasks: [],
  listings: [],
  publications: [],
  inspections: [],
  appraisals: [],
  transfers: [],
  events: [],
});

export const recordCollectionByKind: Record<RecordKind, keyof FrozenRecords> = {
  task: 'tasks',
  listing: 'listings',
  publication: 'publications',
  inspection: 'inspections',
  appraisal: 'appraisals',
  transfer: 'transfers',
  event: 'events',
};

export type ApprovedEditionInput = {
  period: string;
  editionNo: number;
  number: ReportNumber;
  issuedOn: string;
  approvedAt: string;
  changeNote: string | null;
  contentHash: string;
  content: ReportContent;
  records: FrozenRecords;
  documents?: PublicSnapshot['reports'][number]['editions'][number]['documents'];
  /** Stored PDF of a publication, keyed by publication id. */
  publicationPdfs?: Record<string, PublicSnapshot['publications'][number]['pdf']>;
};

export type BuildSnapshotInput = {
  publicationId: string;
  generatedAt: string;
  asOfDate: string;
  site: SiteConfig;
  /** The department's indicator catalogue; the snapshot keeps the entries the editions state. */
  indicators: readonly Indicator[];
  editions: ApprovedEditionInput[];
};

const byEdition = (a: EditionRef, b: EditionRef) =>
  a.period === b.period ? a.editionNo - b.editionNo : a.period < b.period ? -1 : 1;

/**
 * Assembles the public snapshot from approved editions only. Each record appears as of the latest edition
 * that links it, with the task events it had when that edition froze it up to that edition's month (each
 * recorded in the first edition of its own month when there is one, else in the edition that froze it); expired listings leave; private
 * contacts never appear. The result is validated against the schema.
 */
export function buildPublicSnapshot(input: BuildSnapshotInput): PublicSnapshot {
  const editions = [...input.editions].sort(byEdition);
  const firstEditionOfPeriod = new Map<string, number>();
  for (const e of editions)
    if (!firstEditionOfPeriod.has(e.period)) firstEditionOfPeriod.set(e.period, e.editionNo);

  const latest = {} as {
    [K in keyof FrozenRecords]: Map<
      string,
      { record: FrozenRecords[K][number]; asOf: EditionRef; edition: ApprovedEditionInput }
    >;
  };
  for (const key of Object.keys(emptyFrozenRecords()) as (keyof FrozenRecords)[])
    latest[key] = new Map() as never;
  for (const edition of editions) {
    const asOf = { period: edition.period, editionNo: edition.editionNo };
    for (const key of Object.keys(edition.records) as (keyof FrozenRecords)[]) {
      for (const record of edition.records[key]) {
        (latest[key] as Map<string, unknown>).set(record.id, { record, asOf, edition });
      }
    }
  }

  const reports = new Map<string, PublicSnapshot['reports'][number]>();
  for (const e of editions) {
    const report = reports.get(e.period) ?? { period: e.period, editions: [] };
    report.editions.push({
      editionNo: e.editionNo,
      number: e.number,
      issuedOn: e.issuedOn,
      approvedAt: e.approvedAt,
      changeNote: e.changeNote,
      contentHash: e.contentHash,
      content: e.content,
      documents: e.documents ?? {},
    });
    reports.set(e.period, report);
  }

  const tasks = [...latest.tasks.values()].map(({ record, asOf }) => ({
    ...record,
    asOf,
    // An approved report attests a milestone up to its own month, whether or not that month has a report.
    events: record.events.flatMap((ev) => {
      if (ev.period > asOf.period) return [];
      const editionNo = firstEditionOfPeriod.get(ev.period);
      return [{ ...ev, recordedIn: editionNo === undefined ? asOf : { period: ev.period, editionNo } }];
    }),
  }));
  const listings = [...latest.listings.values()]
    .filter(({ record }) => !isListingExpired(record, input.asOfDate))
    .map(({ record, asOf }) => ({
      ...record,
      asOf,
      contact: record.contact.isPublic ? record.contact : null,
    }));
  const publications = [...latest.publications.values()].map(({ record, asOf, edition }) => {
    const pdf = edition.publicationPdfs?.[record.id];
    return pdf ? { ...record, asOf, pdf } : { ...record, asOf };
  });
  const plain = <K extends 'inspections' | 'appraisals' | 'transfers' | 'events'>(key: K) =>
    [...latest[key].values()].map(({ record, asOf }) => ({ ...record, asOf }));

  const stated = new Set(
    editions.flatMap((e) => e.content.sections.flatMap((section) => section.facts.map((f) => f.indicator))),
  );
  const snapshot = {
    schemaVersion: 2 as const,
    publicationId: input.publicationId,
    generatedAt: input.generatedAt,
    asOfDate: input.asOfDate,
    site: input.site,
    indicators: input.indicators.filter((i) => stated.has(i.code)),
    reports: [...reports.values()].sort((a, b) => (a.period < b.period ? 1 : -1)),
    tasks: tasks.sort((a, b) => compareVietnamese(a.title, b.title)),
    listings: listings.sort((a, b) => (a.listedOn < b.listedOn ? 1 : -1)),
    publications: publications.sort((a, b) => b.year - a.year || compareVietnamese(a.title, b.title)),
    inspections: plain('inspections').sort((a, b) => (a.period < b.period ? 1 : -1)),
    appraisals: plain('appraisals'),
    transfers: plain('transfers'),
    events: plain('events'),
  };
  return parseInput(publicSnapshotSchema, snapshot);
}
