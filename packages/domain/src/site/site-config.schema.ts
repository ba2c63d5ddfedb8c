import { z } from 'zod';
import { shortTextSchema } from '../common.schema.ts';

/** The department's identity: configuration, not code, so another province can run the same software. */
export const siteConfigSchema = z.object({
  province: shortTextSchema,
  parentBody: shortTextSchema,
  departmentName: shortTextSchema,
  departmentShortName: shortTextSchema,
  departmentNameEnglish: shortTextSchema,
  symbolSuffix: z.string().regex(/^[A-ZĐ0-9]+$/),
  address: shortTextSchema.optional(),
  phone: shortTextSchema.optional(),
  email: z.email().optional(),
  siteUrl: z.url(),
  logoText: shortTextSchema,
  licence: z.object({ name: shortTextSchema, url: z.url() }),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
