// `pnpm db:create-admin -- --username quantri --name "Quản trị hệ thống"`: the first account of a new installation.
import { parseArgs } from 'node:util';
import { createFirstAdmin } from '../bootstrap/create-first-admin.ts';
import { createDb } from '../create-db.ts';
import { migrateToLatest } from '../migrate.ts';
import { dbEnv } from './db-env.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { username: { type: 'string' }, name: { type: 'string', default: 'Quản trị hệ thống' } },
});
if (!values.username) {
  console.error('Cách dùng: pnpm db:create-admin -- --username <tên đăng nhập> [--name "<họ tên>"]');
  process.exit(2);
}
const handle = await createDb({ url: dbEnv.databaseUrl, dataDir: dbEnv.pgliteDir });
try {
  await migrateToLatest(handle.db);
  const { temporaryPassword } = await createFirstAdmin(handle.db, {
    username: values.username,
    displayName: values.name ?? 'Quản trị hệ thống',
    now: new Date(),
  });
  console.log(`Đã tạo tài khoản quản trị "${values.username}".`);
  console.log(`Mật khẩu tạm thời (phải đổi ở lần đăng nhập đầu): ${temporaryPassword}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
