import { listReports as listStoredReports, type ReportSummary } from '@khcn/db';
import { requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/** Every report with its latest edition, newest period first; optionally one year's. */
export async function listReports(
  ctx: AuthedContext,
  input: { year?: number | undefined },
): Promise<ReportSummary[]> {
  requirePermission(ctx.actor, 'report.read');
  return listStoredReports(ctx.db, { year: input.year });
}
