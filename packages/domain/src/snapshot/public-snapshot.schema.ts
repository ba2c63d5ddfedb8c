import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  periodSchema,
  shortTextSchema,
} from '../common.schema.ts';
import { recordKindEntries, type RecordKind, type RecordKindRegistry } from '../records/record-kinds.ts';
import { indicatorSchema } from '../report/indicator.schema.ts';
import { reportContentSchema, reportNumberSchema } from '../report/report.schema.ts';
import { siteConfigSchema } from '../site/site-config.schema.ts';
import { documentLinkSchema } from './edition-ref.schema.ts';

export const publicEditionSchema = z.object({
  editionNo: z.number().int().min(1),
  number: reportNumberSchema,
  issuedOn: isoDateSchema,
  approvedAt: isoDateTimeSchema,
  changeNote: shortTextSchema.nullable(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  content: reportContentSchema,
  documents: z
    .object({ docx: documentLinkSchema.optional(), pdf: documentLinkSchema.optional() })
    .default({}),
});
export type PublicEdition = z.infer<typeof publicEditionSchema>;

export const publicReportSchema = z.object({
  period: periodSchema,
  /** Approved editions, oldest first; the last one is current. */
  editions: z.array(publicEditionSchema).min(1),
});
export type PublicReport = z.infer<typeof publicReportSchema>;

/** One array per record kind, named by the kind's collection: what the registry says a kind publishes. */
const recordCollections = Object.fromEntries(
  recordKindEntries.map(([, kind]) => [kind.collection, z.array(kind.publicSchema)]),
) as unknown as {
  [K in RecordKind as RecordKindRegistry[K]['collection']]: z.ZodArray<RecordKindRegistry[K]['publicSchema']>;
};

/**
 * The single contract between the publisher and the public site: only approved editions, and the public
 * fields of the records those editions link, as of the edition that last recorded them.
 */
export const publicSnapshotSchema = z.object({
  /** 3: declarations of conformity (ADR 0017). */
  schemaVersion: z.literal(3),
  publicationId: idSchema,
  generatedAt: isoDateTimeSchema,
  /** The calendar day the snapshot counts as "today" (listing expiry). */
  asOfDate: isoDateSchema,
  site: siteConfigSchema,
  /** The catalogue entries of every indicator the reports state (names over time, how each combines). */
  indicators: z.array(indicatorSchema),
  reports: z.array(publicReportSchema),
  ...recordCollections,
});
export type PublicSnapshot = z.infer<typeof publicSnapshotSchema>;

/** The current (latest approved) edition of a published report. */
export function currentEdition(report: PublicReport): PublicEdition {
  return report.editions[report.editions.length - 1]!;
}
