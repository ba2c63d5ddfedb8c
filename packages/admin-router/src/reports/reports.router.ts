import { createReportInputSchema, updateSectionInputSchema } from '@khcn/domain';
import { authedProcedure, router } from '../trpc.ts';
import { approveReport } from './approve-report.ts';
import { checkFinding } from './check-finding.ts';
import { createReport } from './create-report.ts';
import { diffEditions } from './diff-editions.ts';
import { getReport } from './get-report.ts';
import { getReportDocument } from './get-report-document.ts';
import { getReportHistory } from './get-report-history.ts';
import { listReports } from './list-reports.ts';
import { openCorrection } from './open-correction.ts';
import {
  approveReportInputSchema,
  checkFindingInputSchema,
  diffEditionsInputSchema,
  editionInputSchema,
  listReportsInputSchema,
  openCorrectionInputSchema,
  reportHistoryInputSchema,
  reportDocumentInputSchema,
  reportLocatorSchema,
  returnReportInputSchema,
  updateFrameInputSchema,
} from './report-inputs.schema.ts';
import { returnReport } from './return-report.ts';
import { submitReport } from './submit-report.ts';
import { updateFrame } from './update-frame.ts';
import { updateSection } from './update-section.ts';

/** Monthly reports: each procedure parses, then the use case authorises with the domain rules and acts. */
export const reportsRouter = router({
  list: authedProcedure.input(listReportsInputSchema).query(({ ctx, input }) => listReports(ctx, input)),
  get: authedProcedure.input(reportLocatorSchema).query(({ ctx, input }) => getReport(ctx, input)),
  document: authedProcedure
    .input(reportDocumentInputSchema)
    .query(({ ctx, input }) => getReportDocument(ctx, input)),
  history: authedProcedure
    .input(reportHistoryInputSchema)
    .query(({ ctx, input }) => getReportHistory(ctx, input)),
  diff: authedProcedure.input(diffEditionsInputSchema).query(({ ctx, input }) => diffEditions(ctx, input)),
  create: authedProcedure
    .input(createReportInputSchema)
    .mutation(({ ctx, input }) => createReport(ctx, input)),
  updateSection: authedProcedure
    .input(updateSectionInputSchema)
    .mutation(({ ctx, input }) => updateSection(ctx, input)),
  updateFrame: authedProcedure
    .input(updateFrameInputSchema)
    .mutation(({ ctx, input }) => updateFrame(ctx, input)),
  submit: authedProcedure.input(editionInputSchema).mutation(({ ctx, input }) => submitReport(ctx, input)),
  return: authedProcedure
    .input(returnReportInputSchema)
    .mutation(({ ctx, input }) => returnReport(ctx, input)),
  approve: authedProcedure
    .input(approveReportInputSchema)
    .mutation(({ ctx, input }) => approveReport(ctx, input)),
  checkFinding: authedProcedure
    .input(checkFindingInputSchema)
    .mutation(({ ctx, input }) => checkFinding(ctx, input)),
  openCorrection: authedProcedure
    .input(openCorrectionInputSchema)
    .mutation(({ ctx, input }) => openCorrection(ctx, input)),
});
