import { loadServiceConfigOrExit } from '@khcn/config';
import { migrateToLatest } from '../migrate.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { openConfiguredDb } from '../open-configured-db.ts';

const handle = await openConfiguredDb(loadServiceConfigOrExit(), { poolSize: 1 });
try {
  await migrateToLatest(handle.db);
  const result = await seedDatabase(handle.db, {
    now: new Date(),
    withDemoUsers: true,
    onProgress: (m) => console.log(`Nạp dữ liệu mẫu: ${m}…`),
  });
  console.log(
    result.seeded
      ? 'Đã nạp báo cáo tháng 11/2024 và tài khoản minh họa.'
      : 'Dữ liệu mẫu đã có sẵn, không nạp lại.',
  );
} finally {
  await handle.close();
}
