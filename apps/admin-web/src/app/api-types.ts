import type { AdminRouter } from '@khcn/admin-router';
import type { inferRouterOutputs } from '@trpc/server';

/** What each procedure returns, inferred from the API's router type. */
export type RouterOutputs = inferRouterOutputs<AdminRouter>;

export type CurrentUser = NonNullable<RouterOutputs['auth']['me']>;
