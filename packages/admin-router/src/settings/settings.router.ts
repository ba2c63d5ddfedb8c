import { authedProcedure, router } from '../trpc.ts';
import { siteConfigSchema } from '@khcn/domain';
import { getSiteSettings } from './get-site-settings.ts';
import { listDivisions } from './list-divisions.ts';
import { updateSiteSettings } from './update-site-settings.ts';

/** The department's settings: divisions, and its identity (changed by quản trị only). */
export const settingsRouter = router({
  divisions: authedProcedure.query(({ ctx }) => listDivisions(ctx)),
  site: authedProcedure.query(({ ctx }) => getSiteSettings(ctx)),
  updateSite: authedProcedure
    .input(siteConfigSchema)
    .mutation(({ ctx, input }) => updateSiteSettings(ctx, input)),
});
