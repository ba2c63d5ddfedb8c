// `khcn env`: checks the configuration the services would run with and prints it, the password and the release
// targets' keys hidden.
import { loadServiceConfigOrExit } from '../load-config.ts';
import { describeReleaseTarget } from '../release-targets.schema.ts';

const config = loadServiceConfigOrExit();
const hidePassword = (url: string | undefined) => {
  if (!url) return '(cơ sở dữ liệu nhúng)';
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};
const rows: Array<[string, string]> = [
  ['NODE_ENV', config.nodeEnv],
  ['DATABASE_URL', hidePassword(config.databaseUrl)],
  ['HOST:PORT', `${config.host}:${config.port}`],
  ['FILES_DIR', config.filesDir],
  ['SITE_ROOT', config.siteRoot],
  ['CACHE_DIR', config.cacheDir],
  ['SITE_URL', config.siteUrl ?? '(theo Thông tin đơn vị)'],
  ['PUBLIC_ORIGINS', config.allowedOrigins.join(', ') || '(không có)'],
  ['TRUST_PROXY', String(config.trustProxy)],
  ['KEEP_RELEASES', String(config.keepReleases)],
  // Where each target is; its key file and S3 keys are never printed.
  ['SITE_TARGETS', config.releaseTargets.map(describeReleaseTarget).join('; ')],
  ['DOCUMENTS_PDF', String(config.documentsPdf)],
  ['LOG_LEVEL', config.logLevel],
];
console.log('Cấu hình hợp lệ:');
for (const [name, value] of rows) console.log(`  ${name.padEnd(15)} ${value}`);
