import { createDb } from '../create-db.ts';
import { migrateToLatest } from '../migrate.ts';
import { dbEnv } from './db-env.ts';

const handle = await createDb({ url: dbEnv.databaseUrl, dataDir: dbEnv.pgliteDir });
try {
  const result = await migrateToLatest(handle.db);
  const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
  console.log(
    applied.length
      ? `Đã áp dụng ${applied.length} migration: ${applied.join(', ')}`
      : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.',
  );
} finally {
  await handle.close();
}
