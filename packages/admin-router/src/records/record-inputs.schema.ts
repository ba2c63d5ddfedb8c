import {
  anyRecordSchema,
  idSchema,
  isoDateSchema,
  MAX_PDF_UPLOAD_BYTES,
  organisationSchema,
  periodSchema,
  recordKinds,
} from '@khcn/domain';
import { z } from 'zod';

/** A record of any kind, validated by its kind's domain schema (the registry's union). */
export const recordInputSchema = anyRecordSchema;
export type RecordInput = z.infer<typeof recordInputSchema>;

/** An update: the record and the version the user started from (optimistic concurrency). */
export const updateRecordInputSchema = z.object({
  version: z.number().int().min(1),
  record: recordInputSchema,
});
export type UpdateRecordInput = z.infer<typeof updateRecordInputSchema>;

export const recordKindSchema = z.enum(recordKinds);

export const recordLocatorSchema = z.object({ kind: recordKindSchema, id: idSchema });
export type RecordLocator = z.infer<typeof recordLocatorSchema>;

export const listRecordsInputSchema = z.object({
  kind: recordKindSchema,
  /** Diacritics-insensitive: "duong" finds "đường". */
  query: z.string().trim().max(200).optional(),
  period: periodSchema.optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  field: z.string().trim().min(1).max(500).optional(),
  status: z.string().trim().min(1).max(40).optional(),
  level: z.string().trim().min(1).max(40).optional(),
  activeOn: isoDateSchema.optional(),
  expiringBy: isoDateSchema.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type ListRecordsInput = z.infer<typeof listRecordsInputSchema>;

/** A listing action (renew, expire) on the version the user saw. */
export const listingActionInputSchema = z.object({ id: idSchema, version: z.number().int().min(1) });
export type ListingActionInput = z.infer<typeof listingActionInputSchema>;

/** Largest PDF accepted for a publication (the domain's upload limit). */
export const MAX_PDF_BYTES = MAX_PDF_UPLOAD_BYTES;
/** Base64 text a little over the limit still parses, so the use case can say the file is too large. */
const MAX_PDF_BASE64_CHARS = Math.ceil((MAX_PDF_BYTES * 1.25) / 3) * 4;

export const uploadPublicationPdfInputSchema = z.object({
  /** The publication record's id. */
  id: idSchema,
  version: z.number().int().min(1),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^/\\\0]+$/),
  /** The file, as base64 text (JSON transport) or as bytes. */
  pdf: z.union([z.base64().max(MAX_PDF_BASE64_CHARS), z.instanceof(Uint8Array)]),
});
export type UploadPublicationPdfInput = z.infer<typeof uploadPublicationPdfInputSchema>;

export const listOrganisationsInputSchema = z
  .object({ query: z.string().trim().max(200).optional() })
  .default({});

/** Create (no version) or update (the version the user started from) an organisation. */
export const upsertOrganisationInputSchema = z.object({
  organisation: organisationSchema,
  version: z.number().int().min(1).optional(),
});
export type UpsertOrganisationInput = z.infer<typeof upsertOrganisationInputSchema>;
