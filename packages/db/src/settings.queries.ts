import {
  defaultReportFrame,
  type ReportFrameSettings,
  reportFrameSettingsSchema,
  type SiteConfig,
  siteConfigSchema,
  unsetSiteConfig,
} from '@khcn/domain';
import { type DbExecutor, toJson } from './create-db.ts';

export async function getSetting<T>(db: DbExecutor, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function putSetting(db: DbExecutor, key: string, value: unknown, at: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: toJson(value), updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: toJson(value), updated_at: at }))
    .execute();
}

export async function getSiteConfig(db: DbExecutor): Promise<SiteConfig> {
  const value = await getSetting<unknown>(db, 'site');
  if (!value) throw new Error('Setting "site" is missing: run the seed or set it in the admin app');
  return siteConfigSchema.parse(value);
}

export async function getDivisions(db: DbExecutor): Promise<Record<string, string>> {
  return (await getSetting<Record<string, string>>(db, 'divisions')) ?? {};
}

/** The department's identity, or the new installation's placeholder while none is stored. */
export async function getSiteConfigOrUnset(db: DbExecutor): Promise<SiteConfig> {
  const stored = siteConfigSchema.safeParse(await getSetting<unknown>(db, 'site'));
  return stored.success ? stored.data : unsetSiteConfig;
}

/** The department's report frame (Thông tin đơn vị); until one is saved, a frame naming nobody. */
export async function getReportFrame(db: DbExecutor): Promise<ReportFrameSettings> {
  const stored = reportFrameSettingsSchema.safeParse(await getSetting<unknown>(db, 'reportFrame'));
  return stored.success ? stored.data : defaultReportFrame(await getSiteConfigOrUnset(db));
}
