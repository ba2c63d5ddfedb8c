import { listIndicators as listStoredIndicators, type StoredIndicator } from '@khcn/db';
import { requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/** The whole catalogue: every signed-in user picks indicators from it. */
export async function listIndicators(ctx: AuthedContext): Promise<StoredIndicator[]> {
  requirePermission(ctx.actor, 'report.read');
  return listStoredIndicators(ctx.db);
}
