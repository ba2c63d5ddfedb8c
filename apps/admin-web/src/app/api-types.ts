import type { AdminRouter } from '@khcn/admin-router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** What each procedure returns and takes, inferred from the API's router type. */
export type RouterOutputs = inferRouterOutputs<AdminRouter>;
export type RouterInputs = inferRouterInputs<AdminRouter>;

export type CurrentUser = NonNullable<RouterOutputs['auth']['me']>;
