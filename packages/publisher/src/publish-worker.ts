import { type Database, listPublications, withPublicationLock, withTransaction } from '@khcn/db';
import { isPublicationMidStage } from '@khcn/domain';
import { resumePublication } from './publication-lifecycle.ts';
import type { PublishQueue } from './publish-queue.ts';
import { type PublisherDeps, runPublication } from './run-publication.ts';

/**
 * Runs publish jobs from the queue, one at a time. A job whose publication fails throws, so pg-boss retries it
 * with backoff up to the queue's retry limit.
 */
export async function startPublishWorker(deps: PublisherDeps, queue: PublishQueue): Promise<void> {
  await queue.work(async ({ publicationId }, job) => {
    deps.logger.info({ publicationId, attempt: job.attempt }, 'publish job');
    const outcome = await runPublication(deps, publicationId);
    if (outcome === 'busy') deps.logger.info({ publicationId }, 'publication in progress in another process');
  });
}

/**
 * After a crash (the worker killed mid-build), publications left in a running stage are queued again so they
 * finish without waiting for the lost job to expire. The live site was never touched by the lost attempt.
 * A publication another live process is working on (its lock is held: several workers on one database) is left
 * alone: only one process ever builds a publication at a time.
 */
export async function resumeInterruptedPublications(db: Database, queue: PublishQueue): Promise<string[]> {
  const stuck = (await listPublications(db, { limit: 50 })).filter((p) => isPublicationMidStage(p.status));
  const resumed: string[] = [];
  for (const p of stuck) {
    const result = await withPublicationLock(db, p.id, () =>
      withTransaction(db, (trx) => resumePublication(trx, queue, p.id)),
    );
    if (!result.busy) resumed.push(p.id);
  }
  return resumed;
}
