import { hasPermission, type Permission } from '@khcn/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { CurrentUser } from './api-types.ts';
import { trpc } from './trpc.ts';

const authedRoute = getRouteApi('/_authed');

/** The signed-in user (the shell's route guarantees there is one). */
export function useCurrentUser(): CurrentUser {
  const { me } = authedRoute.useRouteContext();
  const query = useQuery({ ...trpc.auth.me.queryOptions(), initialData: me, staleTime: 60_000 });
  return query.data ?? me;
}

export function useCan(permission: Permission): boolean {
  return hasPermission(useCurrentUser(), permission);
}
