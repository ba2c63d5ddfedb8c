import { getSetting, putSetting, withTransaction } from '@khcn/db';
import { requirePermission, type SiteConfig } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';

/**
 * Changes the department's identity (province, names, address, site URL, licence): configuration, not code, so
 * another province's department runs the same software. Quản trị only; the next publication shows it.
 */
export async function updateSiteSettings(ctx: AuthedContext, input: SiteConfig): Promise<SiteConfig> {
  requirePermission(ctx.actor, 'settings.manage');
  return withTransaction(ctx.db, async (trx) => {
    const before = (await getSetting<unknown>(trx, 'site')) ?? null;
    await putSetting(trx, 'site', input, ctx.now());
    await recordAudit(trx, ctx, {
      action: 'settings.updateSite',
      entityKind: 'settings',
      entityId: 'site',
      before,
      after: input,
    });
    return input;
  });
}
