// `khcn site:rollback <publication-id> [--as <người chạy lệnh>]`: switch the live site back to an earlier release on
// every release target (SITE_TARGETS), audited with the maintainer's name.
import { rollbackRelease } from '../rollback-release.ts';
import { resolveMaintainer } from './maintainer.ts';
import { cliArgs, openPublisher } from './publisher-env.ts';

const args = cliArgs();
const id = args.positionals[0];
if (!id) {
  console.error('Cách dùng: khcn site:rollback <publication-id>   (xem danh sách: khcn site:status)');
  process.exit(2);
}
const deps = await openPublisher();
try {
  const maintainer = await resolveMaintainer(deps.db, deps.config, args.values.as);
  const result = await rollbackRelease(deps, {
    publicationId: id,
    actorId: maintainer.actorId,
    maintainer: maintainer.name,
  });
  for (const line of result.log) console.log(`  ${line}`);
  console.log(
    `Đã quay lui về ${id} trên mọi nơi phát hành trong ${result.durationMs.toFixed(0)} ms (trước đó: ${result.previousLiveId ?? 'không có'}).`,
  );
} catch (error) {
  console.error(
    `Không quay lui được: ${(error as { userMessage?: string }).userMessage ?? (error as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  for (const target of deps.targets ?? []) await target.close();
  await deps.close();
}
