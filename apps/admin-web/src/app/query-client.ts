import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isRetryableError, isSessionExpiredError } from './api-error.ts';

type SessionExpiredListener = () => void;
let onSessionExpired: SessionExpiredListener = () => {};

/** The router registers how to go back to sign-in; the query layer only reports the expiry. */
export function setSessionExpiredListener(listener: SessionExpiredListener): void {
  onSessionExpired = listener;
}

/** For requests made outside TanStack Query (autosave, uploads): the session has expired. */
export function reportSessionExpired(): void {
  onSessionExpired();
}

/** Queries and mutations that may fail with UNAUTHORIZED without it meaning "session expired". */
export type RequestMeta = { allowUnauthenticated?: boolean };

function reportExpiry(error: unknown, meta: RequestMeta | undefined): void {
  if (meta?.allowUnauthenticated) return;
  if (isSessionExpiredError(error)) onSessionExpired();
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => reportExpiry(error, query.meta as RequestMeta | undefined),
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) =>
        reportExpiry(error, mutation.meta as RequestMeta | undefined),
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isRetryableError(error),
      },
      mutations: { retry: false },
    },
  });
}
