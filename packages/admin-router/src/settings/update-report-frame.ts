import { withTransaction } from '@khcn/db';
import { type ReportFrameSettings, requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { saveSetting } from './save-setting.ts';

/**
 * Changes the department's report frame (Thông tin đơn vị, quản trị only): new reports start with it; drafts
 * already created keep their own frame, which the clerk edits.
 */
export async function updateReportFrame(
  ctx: AuthedContext,
  input: ReportFrameSettings,
): Promise<ReportFrameSettings> {
  requirePermission(ctx.actor, 'settings.manage');
  return withTransaction(ctx.db, (trx) =>
    saveSetting(trx, ctx, { key: 'reportFrame', value: input, action: 'settings.updateReportFrame' }),
  );
}
