// `khcn db:migrate` (or `pnpm db:migrate`): the explicit upgrade step. Options:
//   --status            list applied, pending and unknown migrations, change nothing
//   --down-to <name>    run the down of every migration after <name> (going back to an older release's schema)
import { parseArgs } from 'node:util';
import { loadServiceConfigOrExit } from '@khcn/config';
import { migrateTo, migrateToLatest, readSchemaState } from '../migrate.ts';
import { openConfiguredDb } from '../open-configured-db.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { status: { type: 'boolean', default: false }, 'down-to': { type: 'string' } },
});
const config = loadServiceConfigOrExit();
const handle = await openConfiguredDb(config, { poolSize: 1 });
try {
  if (values.status) {
    const state = await readSchemaState(handle.db);
    console.log(`Đã áp dụng (${state.applied.length}): ${state.applied.join(', ') || 'không có'}`);
    console.log(`Chưa áp dụng: ${state.pending.join(', ') || 'không có'}`);
    if (state.unknown.length > 0)
      console.log(`Mã này không biết (do phiên bản mới hơn áp dụng): ${state.unknown.join(', ')}`);
  } else if (values['down-to']) {
    const result = await migrateTo(handle.db, values['down-to']);
    const undone = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
    console.log(
      undone.length
        ? `Đã gỡ ${undone.length} migration: ${undone.join(', ')}`
        : `Cơ sở dữ liệu đã ở ${values['down-to']}.`,
    );
  } else {
    const result = await migrateToLatest(handle.db);
    const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
    console.log(
      applied.length
        ? `Đã áp dụng ${applied.length} migration: ${applied.join(', ')}`
        : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.',
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
