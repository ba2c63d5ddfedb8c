import { getSiteConfigOrUnset } from '@khcn/db';
import type { SiteConfig } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/**
 * The department's identity the public site and the official document use. A new installation has the
 * placeholder (naming no province) until the quản trị saves it.
 */
export async function getSiteSettings(ctx: Pick<AuthedContext, 'db'>): Promise<SiteConfig> {
  return getSiteConfigOrUnset(ctx.db);
}
