// `khcn site:publish [--as <người chạy lệnh>]`: publish the latest approved state now, in this process, printing
// each stage. Audited as `publication.request` with the maintainer's name.
import { randomUUID } from 'node:crypto';
import { findPublication, insertAuditEntry, requireCurrentSchema } from '@khcn/db';
import { requestPublication } from '../publication-lifecycle.ts';
import { runPublication } from '../run-publication.ts';
import { resolveMaintainer } from './maintainer.ts';
import { cliArgs, openPublisher } from './publisher-env.ts';

const args = cliArgs();
const deps = await openPublisher();
try {
  await requireCurrentSchema(deps.db);
  const maintainer = await resolveMaintainer(deps.db, deps.config, args.values.as);
  const id = randomUUID();
  const at = new Date();
  await deps.db.transaction().execute(async (trx) => {
    // Run here, right after the transaction: no job for a worker.
    await requestPublication(trx, null, {
      id,
      trigger: 'manual',
      editionId: null,
      requestedBy: maintainer.actorId,
      at,
    });
    await insertAuditEntry(trx, {
      at,
      actorId: maintainer.actorId,
      action: 'publication.request',
      entityKind: 'publication',
      entityId: id,
      after: { trigger: 'manual', via: 'cli', maintainer: maintainer.name },
    });
  });
  console.log(`Xuất bản ${id}…`);
  const started = performance.now();
  const outcome = await runPublication(deps, id);
  const publication = await findPublication(deps.db, id);
  for (const s of publication?.stages ?? []) {
    const ms = s.endedAt ? new Date(s.endedAt).getTime() - new Date(s.startedAt).getTime() : 0;
    const where = s.target ? ` ${s.target.name}` : '';
    const sent = s.progress ? ` (${s.progress.files}/${s.progress.totalFiles} tệp gửi)` : '';
    console.log(
      `  ${`${s.stage}${where}`.padEnd(16)} ${(ms / 1000).toFixed(1)} s${sent} ${s.ok === false ? 'LỖI' : ''}`,
    );
  }
  console.log(
    `Kết quả: ${outcome} (${((performance.now() - started) / 1000).toFixed(1)} s, ${publication?.pageCount ?? 0} trang)`,
  );
  if (publication?.status === 'failed') {
    console.error(`Xuất bản thất bại: ${publication.error ?? ''}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Xuất bản thất bại: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  for (const target of deps.targets ?? []) await target.close();
  await deps.close();
}
