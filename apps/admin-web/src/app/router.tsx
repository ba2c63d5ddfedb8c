import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { isSessionExpiredError } from './api-error.ts';
import type { CurrentUser } from './api-types.ts';
import { setSessionExpiredListener } from './query-client.ts';
import { RootLayout } from './root.layout.tsx';
import { NotFoundPage } from './not-found.page.tsx';
import { queryClient, trpc } from './trpc.ts';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const signInSearchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
  expired: z.boolean().optional().catch(undefined),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  component: lazyRouteComponent(() => import('../features/auth/sign-in.page.tsx'), 'SignInPage'),
});

/** Loads the signed-in user; null when there is no valid session. */
export async function loadCurrentUser(client: QueryClient): Promise<CurrentUser | null> {
  try {
    const me = await client.fetchQuery({
      ...trpc.auth.me.queryOptions(),
      meta: { allowUnauthenticated: true },
      staleTime: 60_000,
    });
    return me ?? null;
  } catch (error) {
    if (isSessionExpiredError(error)) return null;
    throw error;
  }
}

const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authed',
  beforeLoad: async ({ context, location }) => {
    const me = await loadCurrentUser(context.queryClient);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    if (me.mustChangePassword && location.pathname !== '/account/password') {
      throw redirect({ to: '/account/password' });
    }
    return { me };
  },
  component: lazyRouteComponent(() => import('./app-shell.layout.tsx'), 'AppShellLayout'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/dashboard/dashboard.page.tsx'), 'DashboardPage'),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/account/password',
  component: lazyRouteComponent(
    () => import('../features/auth/change-password.page.tsx'),
    'ChangePasswordPage',
  ),
});

const reportsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/reports',
  component: lazyRouteComponent(() => import('../features/reports/reports.page.tsx'), 'ReportsPage'),
});

const periodParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

const reportEditorRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/reports/$period',
  params: {
    parse: (raw) => ({ period: periodParam.parse(raw.period) }),
    stringify: (p) => ({ period: p.period }),
  },
  validateSearch: z.object({ section: z.string().optional().catch(undefined) }),
  component: lazyRouteComponent(
    () => import('../features/reports/report-editor.page.tsx'),
    'ReportEditorPage',
  ),
});

const reportPreviewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/reports/$period/preview',
  validateSearch: z.object({ edition: z.string().optional().catch(undefined) }),
  component: lazyRouteComponent(
    () => import('../features/reports/report-preview.page.tsx'),
    'ReportPreviewPage',
  ),
});

const reportHistoryRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/reports/$period/history',
  component: lazyRouteComponent(
    () => import('../features/reports/report-history.page.tsx'),
    'ReportHistoryPage',
  ),
});

const recordListSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
  year: z.number().int().optional().catch(undefined),
  field: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  level: z.string().optional().catch(undefined),
});

const recordsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/records/$kind',
  validateSearch: recordListSearchSchema,
  component: lazyRouteComponent(() => import('../features/records/records.page.tsx'), 'RecordsPage'),
});

const recordEditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/records/$kind/$id',
  component: lazyRouteComponent(() => import('../features/records/record-edit.page.tsx'), 'RecordEditPage'),
});

const publicationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/publications',
  component: lazyRouteComponent(
    () => import('../features/publications/publications.page.tsx'),
    'PublicationsPage',
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('../features/users/users.page.tsx'), 'UsersPage'),
});

const indicatorsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/indicators',
  component: lazyRouteComponent(() => import('../features/indicators/indicators.page.tsx'), 'IndicatorsPage'),
});

const siteSettingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/settings',
  component: lazyRouteComponent(
    () => import('../features/settings/site-settings.page.tsx'),
    'SiteSettingsPage',
  ),
});

const auditSearchSchema = z.object({
  page: z.number().int().min(1).optional().catch(undefined),
  actorId: z.string().optional().catch(undefined),
  action: z.string().optional().catch(undefined),
  entityKind: z.string().optional().catch(undefined),
  from: z.string().optional().catch(undefined),
  to: z.string().optional().catch(undefined),
});

const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/audit',
  validateSearch: auditSearchSchema,
  component: lazyRouteComponent(() => import('../features/audit/audit.page.tsx'), 'AuditPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  authedRoute.addChildren([
    dashboardRoute,
    changePasswordRoute,
    reportsRoute,
    reportEditorRoute,
    reportPreviewRoute,
    reportHistoryRoute,
    recordsRoute,
    recordEditRoute,
    publicationsRoute,
    usersRoute,
    indicatorsRoute,
    siteSettingsRoute,
    auditRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Data is cached by TanStack Query; the router need not cache loaders.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

/**
 * An expired session sends the user to sign-in, remembering where they were; unsaved form drafts stay
 * in local storage and are restored when they come back (see shared/form-draft.storage.ts).
 */
setSessionExpiredListener(() => {
  const location = router.state.location;
  if (location.pathname === '/sign-in') return;
  queryClient.removeQueries({ queryKey: trpc.auth.me.queryKey() });
  void router.navigate({ to: '/sign-in', search: { redirect: location.href, expired: true } });
});
