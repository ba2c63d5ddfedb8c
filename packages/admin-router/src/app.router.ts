import { auditRouter } from './audit/audit.router.ts';
import { authRouter } from './auth/auth.router.ts';
import { indicatorsRouter } from './indicators/indicators.router.ts';
import { publicationsRouter } from './publications/publications.router.ts';
import { organisationsRouter } from './records/organisations.router.ts';
import { recordsRouter } from './records/records.router.ts';
import { reportsRouter } from './reports/reports.router.ts';
import { settingsRouter } from './settings/settings.router.ts';
import { router } from './trpc.ts';
import { usersRouter } from './users/users.router.ts';

/**
 * The admin API. Each area contributes one sub-router (`<area>/<area>.router.ts`); procedures are thin:
 * parse (`.input(schema)`), authorise, call one use case, return.
 */
export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  audit: auditRouter,
  reports: reportsRouter,
  indicators: indicatorsRouter,
  records: recordsRouter,
  organisations: organisationsRouter,
  publications: publicationsRouter,
  settings: settingsRouter,
});

export type AdminRouter = typeof appRouter;
