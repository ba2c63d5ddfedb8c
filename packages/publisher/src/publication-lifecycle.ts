import { type DbTransaction, insertPublication, updatePublication } from '@khcn/db';
import type { PublishQueue } from './publish-queue.ts';

/** What can enqueue a publish job in a transaction: the publish queue, or a stand-in that runs it in-process. */
export type PublishJobSink = Pick<PublishQueue, 'enqueuePublish'>;

export type PublicationRequest = {
  id: string;
  trigger: 'approval' | 'manual' | 'rollback' | 'startup';
  editionId: string | null;
  requestedBy: string | null;
  at: Date;
};

/**
 * The one way a publication is requested (approval, "publish now", the first start, a maintainer's
 * `khcn site:publish`): its `queued` row and its publish job, both in the caller's transaction, so a rollback
 * leaves neither. `jobs: null` is for a caller that runs the publication itself, in this process, right after
 * the transaction (the CLI); the row is then the only trace.
 */
export async function requestPublication(
  trx: DbTransaction,
  jobs: PublishJobSink | null,
  request: PublicationRequest,
): Promise<{ publicationId: string; jobId: string | null }> {
  await insertPublication(trx, request);
  const jobId = jobs ? await jobs.enqueuePublish(trx, { publicationId: request.id }) : null;
  return { publicationId: request.id, jobId };
}

/** A publication a dead worker left mid-stage, queued again with a new job, in the caller's transaction. */
export async function resumePublication(
  trx: DbTransaction,
  jobs: PublishJobSink,
  publicationId: string,
): Promise<string | null> {
  await updatePublication(trx, publicationId, { status: 'queued' });
  return jobs.enqueuePublish(trx, { publicationId });
}
