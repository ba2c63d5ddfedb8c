import { type FrozenRecords, type PublishContext, recordKindEntries } from '../records/record-kinds.ts';
import type { Indicator } from '../report/indicator.schema.ts';
import type { ReportContent, ReportNumber } from '../report/report.schema.ts';
import type { SiteConfig } from '../site/site-config.schema.ts';
import { parseInput } from '../validation/vietnamese-errors.ts';
import type { DocumentLink, EditionRef } from './edition-ref.schema.ts';
import { type PublicSnapshot, publicSnapshotSchema } from './public-snapshot.schema.ts';

export type ApprovedEditionInput = {
  period: string;
  editionNo: number;
  number: ReportNumber;
  issuedOn: string;
  approvedAt: string;
  changeNote: string | null;
  contentHash: string;
  content: ReportContent;
  /** The records it froze at approval. */
  records: FrozenRecords;
  documents?: PublicSnapshot['reports'][number]['editions'][number]['documents'];
  /** Stored PDF of a publication, keyed by publication id. */
  publicationPdfs?: Record<string, DocumentLink | undefined>;
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
 * that links it, as its kind publishes it (record-kinds.ts: a task with the events it had when that edition froze
 * it up to that edition's month, each recorded in the first edition of its own month when there is one, else in
 * the edition that froze it; expired listings leave; private contacts never appear). The result is validated
 * against the schema.
 */
export function buildPublicSnapshot(input: BuildSnapshotInput): PublicSnapshot {
  const editions = [...input.editions].sort(byEdition);
  const firstEditionOfPeriod = new Map<string, number>();
  for (const e of editions)
    if (!firstEditionOfPeriod.has(e.period)) firstEditionOfPeriod.set(e.period, e.editionNo);

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

  const collections = Object.fromEntries(
    recordKindEntries.map(([, kind]) => {
      const latest = new Map<string, { record: Record<string, unknown>; context: PublishContext }>();
      for (const edition of editions) {
        const context: PublishContext = {
          asOf: { period: edition.period, editionNo: edition.editionNo },
          asOfDate: input.asOfDate,
          firstEditionOf: (period) => firstEditionOfPeriod.get(period),
          publicationPdfs: edition.publicationPdfs ?? {},
        };
        const frozen = edition.records[kind.collection] as ReadonlyArray<
          Record<string, unknown> & { id: string }
        >;
        for (const record of frozen) latest.set(record.id, { record, context });
      }
      const published = [...latest.values()].flatMap(({ record, context }) => {
        const shown = kind.publish ? kind.publish(record, context) : { ...record, asOf: context.asOf };
        return shown === null ? [] : [shown];
      });
      if (kind.snapshotOrder) published.sort(kind.snapshotOrder);
      return [kind.collection, published];
    }),
  );

  const stated = new Set(
    editions.flatMap((e) => e.content.sections.flatMap((section) => section.facts.map((f) => f.indicator))),
  );
  const snapshot = {
    schemaVersion: 3 as const,
    publicationId: input.publicationId,
    generatedAt: input.generatedAt,
    asOfDate: input.asOfDate,
    site: input.site,
    indicators: input.indicators.filter((i) => stated.has(i.code)),
    reports: [...reports.values()].sort((a, b) => (a.period < b.period ? 1 : -1)),
    ...collections,
  };
  return parseInput(publicSnapshotSchema, snapshot);
}
