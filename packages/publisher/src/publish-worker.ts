import { type Database, listPublications, updatePublication, withTransaction } from '@khcn/db';
import type { PublishQueue } from './publish-queue.ts';
import { type PublisherDeps, runPublication } from './run-publication.ts';

const interrupted = new Set(['exporting', 'building', 'indexing', 'checking', 'switching']);

/**
 * Runs publish jobs from the queue, one at a time. A job whose publication fails throws, so pg-boss retries it
 * with backoff up to the queue's retry limit.
 */
export async function startPublishWorker(deps: PublisherDeps, queue: PublishQueue): Promise<void> {
  await queue.work(async ({ publicationId }, job) => {
    deps.logger.info({ publicationId, attempt: job.attempt }, 'publish job');
    await runPublication(deps, publicationId);
  });
}

/**
 * After a crash (the worker killed mid-build), publications left in a running stage are queued again so they
 * finish without waiting for the lost job to expire. The live site was never touched by the lost attempt.
 */
export async function resumeInterruptedPublications(db: Database, queue: PublishQueue): Promise<string[]> {
  const stuck = (await listPublications(db, { limit: 50 })).filter((p) => interrupted.has(p.status));
  for (const p of stuck) {
    await withTransaction(db, async (trx) => {
      await updatePublication(trx, p.id, { status: 'queued' });
      await queue.enqueuePublish(trx, { publicationId: p.id });
    });
  }
  return stuck.map((p) => p.id);
}
