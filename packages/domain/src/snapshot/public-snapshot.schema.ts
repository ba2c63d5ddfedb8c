import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  periodSchema,
  shortTextSchema,
} from '../common.schema.ts';
import { exchangeListingFieldsSchema, listingContactSchema } from '../records/exchange-listing.schema.ts';
import {
  inspectionOutcomeSchema,
  outreachEventSchema,
  publicationSchema,
  techAppraisalSchema,
  transferRegistrationSchema,
} from '../records/other-records.schema.ts';
import { stTaskSchema, taskEventSchema } from '../records/st-task.schema.ts';
import { indicatorSchema } from '../report/indicator.schema.ts';
import { reportContentSchema, reportNumberSchema } from '../report/report.schema.ts';
import { siteConfigSchema } from '../site/site-config.schema.ts';

/** Where a public fact came from: the approved edition that recorded it. */
export const editionRefSchema = z.object({ period: periodSchema, editionNo: z.number().int().min(1) });
export type EditionRef = z.infer<typeof editionRefSchema>;

export const documentLinkSchema = z.object({
  /** Path relative to the site root, e.g. `files/bao-cao-thang-11-2024-so-05.docx`. */
  path: z.string().regex(/^files\/[A-Za-z0-9._-]+$/),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

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

const asOf = { asOf: editionRefSchema };

export const publicTaskSchema = stTaskSchema.safeExtend({
  ...asOf,
  events: z.array(taskEventSchema.safeExtend({ recordedIn: editionRefSchema })),
});
export type PublicTask = z.infer<typeof publicTaskSchema>;

/** A listing as published: contact only when the owner made it public. */
export const publicListingSchema = exchangeListingFieldsSchema.extend({
  ...asOf,
  contact: listingContactSchema.nullable(),
});
export type PublicListing = z.infer<typeof publicListingSchema>;

export const publicPublicationSchema = publicationSchema.safeExtend({
  ...asOf,
  pdf: documentLinkSchema.optional(),
});
export type PublicPublication = z.infer<typeof publicPublicationSchema>;
export const publicInspectionSchema = inspectionOutcomeSchema.safeExtend(asOf);
export type PublicInspection = z.infer<typeof publicInspectionSchema>;
export const publicAppraisalSchema = techAppraisalSchema.safeExtend(asOf);
export const publicTransferSchema = transferRegistrationSchema.safeExtend(asOf);
export const publicEventSchema = outreachEventSchema.safeExtend(asOf);

/**
 * The single contract between the publisher and the public site: only approved editions, and the public
 * fields of the records those editions link, as of the edition that last recorded them.
 */
export const publicSnapshotSchema = z.object({
  schemaVersion: z.literal(2),
  publicationId: idSchema,
  generatedAt: isoDateTimeSchema,
  /** The calendar day the snapshot counts as "today" (listing expiry). */
  asOfDate: isoDateSchema,
  site: siteConfigSchema,
  /** The catalogue entries of every indicator the reports state (names over time, how each combines). */
  indicators: z.array(indicatorSchema),
  reports: z.array(publicReportSchema),
  tasks: z.array(publicTaskSchema),
  listings: z.array(publicListingSchema),
  publications: z.array(publicPublicationSchema),
  inspections: z.array(publicInspectionSchema),
  appraisals: z.array(publicAppraisalSchema),
  transfers: z.array(publicTransferSchema),
  events: z.array(publicEventSchema),
});
export type PublicSnapshot = z.infer<typeof publicSnapshotSchema>;
export type PublicSnapshotInput = z.input<typeof publicSnapshotSchema>;

/** The current (latest approved) edition of a published report. */
export function currentEdition(report: PublicReport): PublicEdition {
  return report.editions[report.editions.length - 1]!;
}
