import { listOrganisations as listStoredOrganisations } from '@khcn/db';
import { currentOrganisationName, type Organisation, requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

export type OrganisationView = Organisation & { version: number; currentName: string };

/** Organisations (host organisations, enterprises, agencies) with their names over time; query ignores tones. */
export async function listOrganisations(
  ctx: AuthedContext,
  input: { query?: string | undefined },
): Promise<OrganisationView[]> {
  requirePermission(ctx.actor, 'report.read');
  const organisations = await listStoredOrganisations(ctx.db, { query: input.query });
  return organisations.map((o) => ({ ...o, currentName: currentOrganisationName(o) }));
}
