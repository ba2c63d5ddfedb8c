// `pnpm db:seed [-- --demo]`: the November 2024 report and one demo account per role, for a demo or a laptop.
// The demo accounts share a published password, so they must change it at first sign-in, and a server database
// (PostgreSQL, or NODE_ENV=production) is seeded only when told `--demo`.
import { parseArgs } from 'node:util';
import { loadServiceConfigOrExit } from '@khcn/config';
import { migrateToLatest } from '../migrate.ts';
import { openConfiguredDb } from '../open-configured-db.ts';
import { seedDatabase } from '../seed/seed-database.ts';

const config = loadServiceConfigOrExit();
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { demo: { type: 'boolean', default: false } },
});
const serverDatabase = config.databaseUrl !== undefined || config.isProduction;
if (serverDatabase && !values.demo) {
  console.error(
    `[khcn] Không nạp dữ liệu mẫu vào ${config.databaseUrl ? 'cơ sở dữ liệu PostgreSQL (DATABASE_URL)' : 'môi trường production (NODE_ENV=production)'}: ` +
      'dữ liệu mẫu có tài khoản minh họa với mật khẩu công khai. Máy chủ thật: tạo tài khoản đầu tiên bằng ' +
      '`pnpm db:create-admin -- --username <tên>`. Nếu đây là máy chủ minh họa: `pnpm db:seed -- --demo`.',
  );
  process.exit(2);
}

const handle = await openConfiguredDb(config, { poolSize: 1 });
try {
  await migrateToLatest(handle.db);
  const result = await seedDatabase(handle.db, {
    now: new Date(),
    withDemoUsers: true,
    // Outside `pnpm start` (a laptop's own demo) the shared password is changed at first sign-in.
    demoUsersMustChangePassword: true,
    onProgress: (m) => console.log(`Nạp dữ liệu mẫu: ${m}…`),
  });
  console.log(
    result.seeded
      ? 'Đã nạp báo cáo tháng 11/2024 và tài khoản minh họa (mỗi tài khoản phải đổi mật khẩu ở lần đăng nhập đầu).'
      : 'Dữ liệu mẫu đã có sẵn, không nạp lại.',
  );
} finally {
  await handle.close();
}
