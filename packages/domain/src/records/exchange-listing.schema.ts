import { z } from 'zod';
import { enumOf, idSchema, isoDateSchema, shortTextSchema, textSchema } from '../common.schema.ts';
import { addDays } from '../format/calendar.ts';
import { asOfEdition } from '../snapshot/edition-ref.schema.ts';

export const listingKinds = {
  offer: 'Chào bán công nghệ',
  demand: 'Nhu cầu công nghệ',
  equipment: 'Thiết bị',
  service: 'Dịch vụ KH&CN',
} as const;
export const ipStatuses = {
  none: 'Chưa bảo hộ',
  patent: 'Bằng độc quyền sáng chế',
  utility_solution: 'Bằng độc quyền giải pháp hữu ích',
  design: 'Kiểu dáng công nghiệp',
  trademark: 'Nhãn hiệu',
  software: 'Phần mềm (quyền tác giả)',
  know_how: 'Bí quyết kỹ thuật',
} as const;
/** Law on Technology Transfer 2017, art. 5 (transfer modes) and art. 6 (forms). */
export const transferModes = {
  licence: 'Chuyển giao quyền sử dụng',
  ownership: 'Chuyển giao quyền sở hữu',
} as const;
export const transferForms = {
  standalone_contract: 'Hợp đồng chuyển giao công nghệ độc lập',
  within_project: 'Phần của dự án đầu tư',
  capital_contribution: 'Góp vốn bằng công nghệ',
  franchise: 'Nhượng quyền thương mại',
  other: 'Hình thức khác',
} as const;
export const priceModes = { fixed: 'Giá cố định', negotiable: 'Thỏa thuận', auction: 'Đấu giá' } as const;
export const listingStatuses = { active: 'Đang đăng', expired: 'Hết hạn', withdrawn: 'Đã rút' } as const;

/** Listings must be renewed at least quarterly. */
export const LISTING_VALIDITY_DAYS = 90;

export const listingContactSchema = z.object({
  name: shortTextSchema,
  phone: z
    .string()
    .regex(/^[0-9 +().-]{8,20}$/)
    .optional(),
  email: z.email().optional(),
  /** Only a public contact reaches the public site. */
  isPublic: z.boolean().default(false),
});

/** The listing's fields, without cross-field rules (the public schema derives from these). */
export const exchangeListingFieldsSchema = z.object({
  id: idSchema,
  kind: enumOf(listingKinds),
  title: shortTextSchema,
  field: shortTextSchema,
  summary: textSchema,
  owner: shortTextSchema,
  readiness: z.number().int().min(1).max(9),
  ipStatus: enumOf(ipStatuses),
  ipNumber: shortTextSchema.optional(),
  transferMode: enumOf(transferModes).optional(),
  transferForm: enumOf(transferForms).optional(),
  priceMode: enumOf(priceModes),
  /** triệu đồng, for fixed prices */
  price: z.number().min(0).max(1e9).optional(),
  contact: listingContactSchema,
  status: enumOf(listingStatuses).default('active'),
  listedOn: isoDateSchema,
  renewedOn: isoDateSchema.optional(),
  expiresOn: isoDateSchema,
  /** Demo data is marked as such wherever it is shown. */
  isDemo: z.boolean().default(false),
});

export const exchangeListingSchema = exchangeListingFieldsSchema
  .refine((l) => l.ipStatus === 'none' || l.ipStatus === 'know_how' || l.ipNumber !== undefined, {
    path: ['ipNumber'],
    error: 'Số văn bằng: cần ghi khi công nghệ đã được bảo hộ',
  })
  .refine((l) => l.priceMode !== 'fixed' || l.price !== undefined, {
    path: ['price'],
    error: 'Giá: cần ghi khi giá cố định',
  })
  .refine((l) => l.expiresOn > l.listedOn, {
    path: ['expiresOn'],
    error: 'Ngày hết hạn: phải sau ngày đăng',
  });
export type ExchangeListing = z.infer<typeof exchangeListingSchema>;
export type ExchangeListingInput = z.input<typeof exchangeListingSchema>;

/** A listing as published: contact only when the owner made it public. */
export const publicListingSchema = exchangeListingFieldsSchema.extend({
  ...asOfEdition,
  contact: listingContactSchema.nullable(),
});
export type PublicListing = z.infer<typeof publicListingSchema>;

/** Renewal on `today` extends the listing by one quarter from today. */
export function renewListing<T extends Pick<ExchangeListing, 'renewedOn' | 'expiresOn' | 'status'>>(
  listing: T,
  today: string,
): T {
  return { ...listing, renewedOn: today, expiresOn: addDays(today, LISTING_VALIDITY_DAYS), status: 'active' };
}

export function isListingExpired(
  listing: Pick<ExchangeListing, 'expiresOn' | 'status'>,
  today: string,
): boolean {
  return listing.status !== 'active' || listing.expiresOn < today;
}
