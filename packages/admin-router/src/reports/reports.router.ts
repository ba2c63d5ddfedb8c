import { createReportInputSchema, updateSectionInputSchema } from '@khcn/domain';
import { authedMutation, authedQuery, router } from '../trpc.ts';
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
  list: authedQuery(listReportsInputSchema, listReports),
  get: authedQuery(reportLocatorSchema, getReport),
  document: authedQuery(reportDocumentInputSchema, getReportDocument),
  history: authedQuery(reportHistoryInputSchema, getReportHistory),
  diff: authedQuery(diffEditionsInputSchema, diffEditions),
  create: authedMutation(createReportInputSchema, createReport),
  updateSection: authedMutation(updateSectionInputSchema, updateSection),
  updateFrame: authedMutation(updateFrameInputSchema, updateFrame),
  submit: authedMutation(editionInputSchema, submitReport),
  return: authedMutation(returnReportInputSchema, returnReport),
  approve: authedMutation(approveReportInputSchema, approveReport),
  checkFinding: authedMutation(checkFindingInputSchema, checkFinding),
  openCorrection: authedMutation(openCorrectionInputSchema, openCorrection),
});
