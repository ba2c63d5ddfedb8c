import { withTransaction } from '@khcn/db';
import { requirePermission, type SiteConfig } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { saveSetting } from './save-setting.ts';

/**
 * Changes the department's identity (province, names, address, site URL, licence): configuration, not code, so
 * another province's department runs the same software. Quản trị only; the next publication shows it.
 */
export async function updateSiteSettings(ctx: AuthedContext, input: SiteConfig): Promise<SiteConfig> {
  requirePermission(ctx.actor, 'settings.manage');
  return withTransaction(ctx.db, (trx) =>
    saveSetting(trx, ctx, { key: 'site', value: input, action: 'settings.updateSite' }),
  );
}
