// `khcn db:create-admin --username quantri [--name "Quản trị hệ thống"] [--as <người chạy lệnh>]`: the first account
// of a new installation. Run `khcn db:migrate` first (the schema is never changed as a side effect).
import { parseArgs } from 'node:util';
import { loadServiceConfigOrExit, maintainerName } from '@khcn/config';
import { createFirstAdmin } from '../bootstrap/create-first-admin.ts';
import { requireCurrentSchema } from '../migrate.ts';
import { openConfiguredDb } from '../open-configured-db.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    username: { type: 'string' },
    name: { type: 'string', default: 'Quản trị hệ thống' },
    as: { type: 'string' },
  },
});
if (!values.username) {
  console.error('Cách dùng: khcn db:create-admin --username <tên đăng nhập> [--name "<họ tên>"]');
  process.exit(2);
}
const config = loadServiceConfigOrExit();
const handle = await openConfiguredDb(config, { poolSize: 1 });
try {
  await requireCurrentSchema(handle.db);
  const { temporaryPassword } = await createFirstAdmin(handle.db, {
    username: values.username,
    displayName: values.name ?? 'Quản trị hệ thống',
    now: new Date(),
    maintainer: maintainerName(config, values.as),
  });
  console.log(`Đã tạo tài khoản quản trị "${values.username}".`);
  console.log(`Mật khẩu tạm thời (phải đổi ở lần đăng nhập đầu): ${temporaryPassword}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
