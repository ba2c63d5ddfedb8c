import { z } from 'zod';
import { enumOf, idSchema, isoDateSchema, periodSchema, shortTextSchema } from '../common.schema.ts';
import { asOfEdition } from '../snapshot/edition-ref.schema.ts';
import { foldText } from '../text/vietnamese-text.ts';

/**
 * Declarations of conformity (Thông tư 28/2012/TT-BKHCN, as amended): an organisation declares that its product or
 * goods conform to a standard (hợp chuẩn: TCVN or another standard, voluntary) or to a technical regulation (hợp quy:
 * QCVN or a local regulation QCĐP, mandatory where the regulation says so), on the basis of a designated
 * certification body's certificate or of its own assessment. The department receives the dossier and issues a
 * notice of receipt (thông báo tiếp nhận hồ sơ công bố) with a number and a date.
 */
export const declarationKinds = {
  standard: 'Công bố hợp chuẩn',
  regulation: 'Công bố hợp quy',
} as const;

export const declarationAssessments = {
  certification: 'Chứng nhận của tổ chức chứng nhận',
  self_assessment: 'Tự đánh giá',
} as const;

/** "QCVN 16:2023/BXD", "QCĐP 01:2020/HY": a technical regulation, national or local. */
export function isTechnicalRegulationCode(code: string): boolean {
  return /^qc(vn|dp)\b/.test(foldText(code));
}

export const conformityDeclarationSchema = z
  .object({
    id: idSchema,
    /** The report period that recorded the notice. */
    period: periodSchema,
    kind: enumOf(declarationKinds),
    /** The declaring organisation (tổ chức, cá nhân công bố). */
    organisation: shortTextSchema,
    organisationAddress: shortTextSchema.optional(),
    product: shortTextSchema,
    productGroup: shortTextSchema,
    /** The standard or regulation declared: "TCVN 6260:2020", "QCVN 16:2023/BXD". */
    standardCode: z.string().trim().min(3).max(120),
    assessment: enumOf(declarationAssessments),
    certificationBody: shortTextSchema.optional(),
    certificateNumber: shortTextSchema.optional(),
    certificateExpiresOn: isoDateSchema.optional(),
    /** The notice of receipt: "125/TB-TĐC" and its date. */
    noticeNumber: z.string().trim().min(1).max(60),
    noticeDate: isoDateSchema,
    /** Valid until, when the declaration or the notice says so (else the certificate's expiry). */
    validUntil: isoDateSchema.optional(),
    note: shortTextSchema.optional(),
    /** Demo data is marked as such wherever it is shown. */
    isDemo: z.boolean().default(false),
  })
  .refine((d) => d.kind !== 'regulation' || isTechnicalRegulationCode(d.standardCode), {
    path: ['standardCode'],
    error: 'Số hiệu tiêu chuẩn, quy chuẩn: công bố hợp quy phải theo một quy chuẩn kỹ thuật (QCVN hoặc QCĐP)',
  })
  .refine((d) => d.kind !== 'standard' || !isTechnicalRegulationCode(d.standardCode), {
    path: ['kind'],
    error: 'Loại: công bố theo quy chuẩn kỹ thuật (QCVN, QCĐP) là công bố hợp quy',
  })
  .refine((d) => d.assessment !== 'certification' || d.certificationBody !== undefined, {
    path: ['certificationBody'],
    error: 'Tổ chức chứng nhận: cần ghi khi công bố dựa trên kết quả chứng nhận',
  })
  .refine((d) => d.assessment !== 'certification' || d.certificateNumber !== undefined, {
    path: ['certificateNumber'],
    error: 'Số giấy chứng nhận: cần ghi khi công bố dựa trên kết quả chứng nhận',
  })
  .refine(
    (d) =>
      d.assessment !== 'self_assessment' ||
      (d.certificationBody === undefined &&
        d.certificateNumber === undefined &&
        d.certificateExpiresOn === undefined),
    { path: ['assessment'], error: 'Căn cứ công bố: tự đánh giá thì không ghi giấy chứng nhận' },
  )
  .refine((d) => !d.validUntil || d.validUntil > d.noticeDate, {
    path: ['validUntil'],
    error: 'Hiệu lực đến: phải sau ngày thông báo tiếp nhận',
  })
  .refine((d) => !d.certificateExpiresOn || d.certificateExpiresOn > d.noticeDate, {
    path: ['certificateExpiresOn'],
    error: 'Ngày hết hạn giấy chứng nhận: phải sau ngày thông báo tiếp nhận',
  });
export type ConformityDeclaration = z.infer<typeof conformityDeclarationSchema>;
export type ConformityDeclarationInput = z.input<typeof conformityDeclarationSchema>;

export const publicDeclarationSchema = conformityDeclarationSchema.safeExtend(asOfEdition);
export type PublicDeclaration = z.infer<typeof publicDeclarationSchema>;

/** How long the declaration holds: its own date, else the certificate's expiry; undefined when neither is stated. */
export function declarationValidUntil(
  d: Pick<ConformityDeclaration, 'validUntil' | 'certificateExpiresOn'>,
): string | undefined {
  return d.validUntil ?? d.certificateExpiresOn;
}

/** Whether a declaration still holds on `today` (one without a stated end holds). */
export function isDeclarationValid(
  d: Pick<ConformityDeclaration, 'validUntil' | 'certificateExpiresOn'>,
  today: string,
): boolean {
  const until = declarationValidUntil(d);
  return until === undefined || until >= today;
}
