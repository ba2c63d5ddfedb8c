import { router } from './trpc.ts';

/**
 * The admin API. Each area contributes one sub-router (`<area>/<area>.router.ts`); procedures are thin:
 * parse (`.input(schema)`), authorise, call one use case, return.
 */
export const appRouter = router({});

export type AdminRouter = typeof appRouter;
