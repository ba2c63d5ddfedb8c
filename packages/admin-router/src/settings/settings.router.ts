import { reportFrameSettingsSchema, siteConfigSchema } from '@khcn/domain';
import { authedMutation, authedProcedure, router } from '../trpc.ts';
import { getReportFrame } from './get-report-frame.ts';
import { getSiteSettings } from './get-site-settings.ts';
import { listDivisions } from './list-divisions.ts';
import { updateReportFrame } from './update-report-frame.ts';
import { updateSiteSettings } from './update-site-settings.ts';

/** The department's settings: divisions, its identity and its report frame (changed by quản trị only). */
export const settingsRouter = router({
  divisions: authedProcedure.query(({ ctx }) => listDivisions(ctx)),
  site: authedProcedure.query(({ ctx }) => getSiteSettings(ctx)),
  updateSite: authedMutation(siteConfigSchema, updateSiteSettings),
  reportFrame: authedProcedure.query(({ ctx }) => getReportFrame(ctx)),
  updateReportFrame: authedMutation(reportFrameSettingsSchema, updateReportFrame),
});
