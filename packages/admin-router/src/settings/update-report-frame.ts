import { getSetting, putSetting, withTransaction } from '@khcn/db';
import { type ReportFrameSettings, requirePermission } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';

/**
 * Changes the department's report frame (Thông tin đơn vị, quản trị only): new reports start with it; drafts
 * already created keep their own frame, which the clerk edits.
 */
export async function updateReportFrame(
  ctx: AuthedContext,
  input: ReportFrameSettings,
): Promise<ReportFrameSettings> {
  requirePermission(ctx.actor, 'settings.manage');
  return withTransaction(ctx.db, async (trx) => {
    const before = (await getSetting<unknown>(trx, 'reportFrame')) ?? null;
    await putSetting(trx, 'reportFrame', input, ctx.now());
    await recordAudit(trx, ctx, {
      action: 'settings.updateReportFrame',
      entityKind: 'settings',
      entityId: 'reportFrame',
      before,
      after: input,
    });
    return input;
  });
}
