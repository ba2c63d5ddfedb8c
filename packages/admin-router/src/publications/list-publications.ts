import { listPublications as listStoredPublications, type Publication } from '@khcn/db';
import { requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { ListPublicationsInput } from './publication-inputs.schema.ts';

/** The latest site publications (builds of the public site), newest first, with their stages. */
export async function listPublications(
  ctx: AuthedContext,
  input: ListPublicationsInput,
): Promise<Publication[]> {
  requirePermission(ctx.actor, 'report.read');
  return listStoredPublications(ctx.db, { limit: input.limit });
}
