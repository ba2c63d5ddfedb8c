import { getSetting } from '@khcn/db';
import { hungYenSiteConfig, type SiteConfig, siteConfigSchema } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/**
 * The department's identity the public site and the official document use. An installation that has none yet
 * gets the defaults (the seed's department) to edit and save.
 */
export async function getSiteSettings(ctx: Pick<AuthedContext, 'db'>): Promise<SiteConfig> {
  const stored = siteConfigSchema.safeParse(await getSetting<unknown>(ctx.db, 'site'));
  return stored.success ? stored.data : hungYenSiteConfig;
}
