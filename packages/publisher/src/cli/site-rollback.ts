// `pnpm site:rollback <publication-id>`: switch the live site back to an earlier release.
import { rollbackRelease } from '../rollback-release.ts';
import { cliArgs, openPublisher } from './publisher-env.ts';

const id = cliArgs().positionals[0];
if (!id) {
  console.error('Cách dùng: pnpm site:rollback <publication-id>   (xem danh sách: pnpm site:status)');
  process.exit(2);
}
const deps = await openPublisher();
try {
  const result = await rollbackRelease(deps, { publicationId: id, actorId: null });
  console.log(
    `Đã quay lui về ${id} trong ${result.durationMs.toFixed(0)} ms (trước đó: ${result.previousLiveId ?? 'không có'}).`,
  );
} catch (error) {
  console.error(
    `Không quay lui được: ${(error as { userMessage?: string }).userMessage ?? (error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await deps.close();
}
