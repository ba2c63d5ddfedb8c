import { z } from 'zod';
import { shortTextSchema } from '../common.schema.ts';

/**
 * An absolute web address the site links to: http or https only. A javascript:, data: or file: address in a link
 * or a feed would run in (or reach into) the visitor's browser.
 */
const webAddressSchema = z.url({ abort: true }).refine((url) => /^https?:\/\//i.test(url), {
  params: { message: 'phải là địa chỉ web bắt đầu bằng http:// hoặc https://' },
});

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
  siteUrl: webAddressSchema,
  logoText: shortTextSchema,
  licence: z.object({ name: shortTextSchema, url: webAddressSchema }),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
