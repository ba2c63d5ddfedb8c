// `pnpm site:publish`: publish the latest approved state now, in this process, printing each stage.
import { randomUUID } from 'node:crypto';
import { findPublication } from '@khcn/db';
import { requestPublication } from '../request-publication.ts';
import { runPublication } from '../run-publication.ts';
import { openPublisher } from './publisher-env.ts';

const deps = await openPublisher();
try {
  const id = randomUUID();
  await deps.db
    .transaction()
    .execute((trx) =>
      requestPublication(trx, { id, trigger: 'manual', editionId: null, requestedBy: null, at: new Date() }),
    );
  console.log(`Xuất bản ${id}…`);
  const started = performance.now();
  const outcome = await runPublication(deps, id);
  const publication = await findPublication(deps.db, id);
  for (const s of publication?.stages ?? []) {
    const ms = s.endedAt ? new Date(s.endedAt).getTime() - new Date(s.startedAt).getTime() : 0;
    console.log(`  ${s.stage.padEnd(10)} ${(ms / 1000).toFixed(1)} s ${s.ok === false ? 'LỖI' : ''}`);
  }
  console.log(
    `Kết quả: ${outcome} (${((performance.now() - started) / 1000).toFixed(1)} s, ${publication?.pageCount ?? 0} trang)`,
  );
} catch (error) {
  console.error(`Xuất bản thất bại: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await deps.close();
}
