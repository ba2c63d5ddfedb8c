import type { AdminRouter } from '@khcn/admin-router';
import { createTRPCClient, httpBatchLink, httpLink, isNonJsonSerializable, splitLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { createQueryClient } from './query-client.ts';

/** The admin API mounts tRPC here; in development Vite proxies it to the API process. */
export const trpcUrl = '/trpc';

export const queryClient = createQueryClient();

export const trpcClient = createTRPCClient<AdminRouter>({
  links: [
    splitLink({
      // FormData (PDF uploads) cannot be batched, and the API refuses sign-in inside a batch.
      condition: (op) => isNonJsonSerializable(op.input) || op.path === 'auth.signIn',
      true: httpLink({ url: trpcUrl }),
      // The API answers at most 10 calls per batch (MAX_BATCH_CALLS in apps/admin-api/src/app.ts).
      false: httpBatchLink({ url: trpcUrl, maxURLLength: 4000, maxItems: 10 }),
    }),
  ],
});

/** Query and mutation options for every procedure: `useQuery(trpc.reports.get.queryOptions(...))`. */
export const trpc = createTRPCOptionsProxy<AdminRouter>({ client: trpcClient, queryClient });
