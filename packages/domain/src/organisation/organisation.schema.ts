import { z } from 'zod';
import { idSchema, isoDateSchema, shortTextSchema } from '../common.schema.ts';

export const organisationKinds = {
  government: 'Cơ quan nhà nước',
  department_unit: 'Đơn vị thuộc Sở',
  enterprise: 'Doanh nghiệp',
  research: 'Tổ chức KH&CN',
  hospital: 'Cơ sở y tế',
  other: 'Khác',
} as const;
export type OrganisationKind = keyof typeof organisationKinds;

/** A name valid over [validFrom, validTo): organisations merge and rename; reports keep the old name. */
export const organisationNameSchema = z
  .object({
    name: shortTextSchema,
    validFrom: isoDateSchema,
    validTo: isoDateSchema.optional(),
  })
  .refine((n) => !n.validTo || n.validTo > n.validFrom, {
    path: ['validTo'],
    error: 'Hiệu lực đến: phải sau ngày hiệu lực từ',
  });

export const organisationSchema = z.object({
  id: idSchema,
  kind: z.enum(Object.keys(organisationKinds) as [OrganisationKind, ...OrganisationKind[]]),
  names: z.array(organisationNameSchema).min(1),
});
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationName = z.infer<typeof organisationNameSchema>;

/** The name an organisation bore on `isoDate`, or undefined when it did not exist then. */
export function organisationNameOn(org: Organisation, isoDate: string): string | undefined {
  return org.names.find((n) => n.validFrom <= isoDate && (!n.validTo || isoDate < n.validTo))?.name;
}

/** The current (latest) name. */
export function currentOrganisationName(org: Organisation): string {
  return [...org.names].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]!.name;
}
