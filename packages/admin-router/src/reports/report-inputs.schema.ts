import { changeNoteSchema, idSchema, periodSchema, reasonSchema, reportFrameSchema } from '@khcn/domain';
import { z } from 'zod';

/** Procedure inputs of the reports area that wrap the domain's schemas with the edition they act on. */

export const listReportsInputSchema = z
  .object({ year: z.number().int().min(1990).max(2100).optional() })
  .default({});

/** One edition: by its id, or by period (the latest edition unless `editionNo` is given). */
export const reportLocatorSchema = z
  .object({
    editionId: idSchema.optional(),
    period: periodSchema.optional(),
    editionNo: z.number().int().min(1).optional(),
  })
  .refine((v) => v.editionId !== undefined || v.period !== undefined, {
    path: ['period'],
    error: 'Kỳ báo cáo: cần chọn kỳ báo cáo hoặc bản báo cáo',
  });
export type ReportLocator = z.infer<typeof reportLocatorSchema>;

export const editionInputSchema = z.object({ editionId: idSchema });

export const updateFrameInputSchema = z.object({
  editionId: idSchema,
  /** The frame version the clerk started from (optimistic concurrency). */
  frameVersion: z.number().int().min(0),
  frame: reportFrameSchema,
});
export type UpdateFrameInput = z.infer<typeof updateFrameInputSchema>;

export const returnReportInputSchema = editionInputSchema.extend(reasonSchema.shape);
export type ReturnReportInput = z.infer<typeof returnReportInputSchema>;

export const approveReportInputSchema = z.object({
  editionId: idSchema,
  /** The content hash the leader reviewed (from `reports.get`): approval is bound to it. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ApproveReportInput = z.infer<typeof approveReportInputSchema>;

export const openCorrectionInputSchema = editionInputSchema.extend(changeNoteSchema.shape);
export type OpenCorrectionInput = z.infer<typeof openCorrectionInputSchema>;

export const reportHistoryInputSchema = z
  .object({ reportId: idSchema.optional(), period: periodSchema.optional() })
  .refine((v) => v.reportId !== undefined || v.period !== undefined, {
    path: ['period'],
    error: 'Kỳ báo cáo: cần chọn kỳ báo cáo',
  });
export type ReportHistoryInput = z.infer<typeof reportHistoryInputSchema>;

export const diffEditionsInputSchema = z.object({ fromEditionId: idSchema, toEditionId: idSchema });
export type DiffEditionsInput = z.infer<typeof diffEditionsInputSchema>;

export const reportDocumentInputSchema = z.object({ editionId: idSchema, format: z.enum(['docx', 'pdf']) });
export type ReportDocumentInput = z.infer<typeof reportDocumentInputSchema>;

export const checkFindingInputSchema = z.object({
  editionId: idSchema,
  /** The `key` of a warning from `reports.get`. */
  key: z.string().min(1).max(600),
  checked: z.boolean(),
});
export type CheckFindingInput = z.infer<typeof checkFindingInputSchema>;
