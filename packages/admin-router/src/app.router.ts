import { auditRouter } from './audit/audit.router.ts';
import { authRouter } from './auth/auth.router.ts';
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
});

export type AdminRouter = typeof appRouter;
