import { z } from 'zod';
import { periodSchema } from '../common.schema.ts';

/** Where a public fact came from: the approved edition that recorded it. */
export const editionRefSchema = z.object({ period: periodSchema, editionNo: z.number().int().min(1) });
export type EditionRef = z.infer<typeof editionRefSchema>;

/** A file of the public site, checked by size and hash. */
export const documentLinkSchema = z.object({
  /** Path relative to the site root, e.g. `files/bao-cao-thang-11-2024-so-05.docx`. */
  path: z.string().regex(/^files\/[A-Za-z0-9._-]+$/),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

/** A record as published: as of the edition that last linked it. */
export const asOfEdition = { asOf: editionRefSchema };
