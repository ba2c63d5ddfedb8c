import { z } from 'zod';
import {
  enumOf,
  idSchema,
  isoDateSchema,
  periodSchema,
  shortTextSchema,
  textSchema,
} from '../common.schema.ts';
import { legalReferenceSchema } from '../legal/legal-reference.schema.ts';
import { factQualifierSchema } from '../report/figure.schema.ts';
import { asOfEdition, documentLinkSchema } from '../snapshot/edition-ref.schema.ts';

const count = z.number().int().min(0).max(1e9);

export const appraisalKinds = { opinion: 'Ý kiến về công nghệ', appraisal: 'Thẩm định công nghệ' } as const;
/** Technology opinion or appraisal on an investment project (ý kiến về công nghệ / thẩm định công nghệ). */
export const techAppraisalSchema = z.object({
  id: idSchema,
  period: periodSchema,
  kind: enumOf(appraisalKinds).default('opinion'),
  sector: shortTextSchema,
  projectName: shortTextSchema.optional(),
  investor: shortTextSchema.optional(),
  note: shortTextSchema.optional(),
});
export type TechAppraisal = z.infer<typeof techAppraisalSchema>;

/** Registration certificate of a technology transfer. */
export const transferRegistrationSchema = z.object({
  id: idSchema,
  period: periodSchema,
  organisation: shortTextSchema,
  technology: shortTextSchema.optional(),
  certificateNumber: shortTextSchema.optional(),
  issuedOn: isoDateSchema.optional(),
  note: shortTextSchema.optional(),
});
export type TransferRegistration = z.infer<typeof transferRegistrationSchema>;

export const eventKinds = { workshop: 'Hội thảo khoa học', training: 'Lớp tập huấn, bồi dưỡng' } as const;
/** Workshops and training classes; `sessions` counts how many the line reports ("02 hội thảo"). */
export const outreachEventSchema = z.object({
  id: idSchema,
  period: periodSchema,
  kind: enumOf(eventKinds),
  title: shortTextSchema,
  sessions: count.min(1),
  attendees: count,
  attendeesQualifier: factQualifierSchema.default('exact'),
  legalBasis: z.array(legalReferenceSchema).default([]),
  date: isoDateSchema.optional(),
});
export type OutreachEvent = z.infer<typeof outreachEventSchema>;

export const publicationKinds = {
  bulletin: 'Bản tin KH&CN',
  manual: 'Tài liệu, quy trình kỹ thuật',
  other: 'Ấn phẩm khác',
} as const;
export const publicationSchema = z.object({
  id: idSchema,
  period: periodSchema,
  kind: enumOf(publicationKinds),
  title: shortTextSchema,
  issueNumber: z.number().int().min(1).max(999).optional(),
  year: z.number().int().min(1990).max(2100),
  publishedOn: isoDateSchema.optional(),
  printRun: count.optional(),
  summary: textSchema.optional(),
  contents: z.array(shortTextSchema).max(200).default([]),
  /** Stored file id of the attached PDF. */
  pdfFileId: idSchema.optional(),
  publisher: shortTextSchema.optional(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const inspectionKinds = { inspection: 'Thanh tra', check: 'Kiểm tra' } as const;
/** Outcome of an inspection (thanh tra) or a check (kiểm tra). Conclusions are public, never personal data. */
export const inspectionOutcomeSchema = z
  .object({
    id: idSchema,
    period: periodSchema,
    kind: enumOf(inspectionKinds),
    title: shortTextSchema,
    subjectArea: shortTextSchema,
    legalBasis: z.array(legalReferenceSchema).default([]),
    conductedBy: shortTextSchema.optional(),
    inspectionCount: count.min(1).default(1),
    entityCount: count,
    compliantCount: count.optional(),
    nonCompliantCount: count.optional(),
    findings: textSchema,
    violations: textSchema.optional(),
    sanctions: textSchema.optional(),
    conclusion: legalReferenceSchema.optional(),
    conclusionDate: isoDateSchema.optional(),
  })
  .refine((o) => (o.compliantCount ?? 0) + (o.nonCompliantCount ?? 0) <= o.entityCount, {
    path: ['compliantCount'],
    error: 'Số đạt yêu cầu: cộng với số không đạt không được vượt số đối tượng',
  });
export type InspectionOutcome = z.infer<typeof inspectionOutcomeSchema>;

export const publicAppraisalSchema = techAppraisalSchema.safeExtend(asOfEdition);
export const publicTransferSchema = transferRegistrationSchema.safeExtend(asOfEdition);
export const publicEventSchema = outreachEventSchema.safeExtend(asOfEdition);
export type PublicEvent = z.infer<typeof publicEventSchema>;
export const publicPublicationSchema = publicationSchema.safeExtend({
  ...asOfEdition,
  pdf: documentLinkSchema.optional(),
});
export type PublicPublication = z.infer<typeof publicPublicationSchema>;
export const publicInspectionSchema = inspectionOutcomeSchema.safeExtend(asOfEdition);
export type PublicInspection = z.infer<typeof publicInspectionSchema>;
