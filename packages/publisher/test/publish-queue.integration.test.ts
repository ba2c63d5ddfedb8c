import { withTransaction } from '@khcn/db';
import { createTestDatabase, type TestDatabase } from '@khcn/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishQueue, type PublishQueue } from '../src/publish-queue.ts';

let database: TestDatabase;
let queue: PublishQueue;

beforeAll(async () => {
  database = await createTestDatabase();
  queue = createPublishQueue(database, { maintenance: false, retryLimit: 2, retryDelaySeconds: 1 });
  await queue.start();
});

afterAll(async () => {
  await queue?.stop();
  await database?.destroy();
});

class Rollback extends Error {}

describe('publish queue', () => {
  it('leaves no job when the enqueueing transaction rolls back', async () => {
    await expect(
      withTransaction(database.db, async (trx) => {
        const id = await queue.enqueuePublish(trx, { publicationId: 'pub-rolled-back' });
        expect(id).toEqual(expect.any(String));
        throw new Rollback('roll back');
      }),
    ).rejects.toBeInstanceOf(Rollback);
    const jobs = await queue.listJobs();
    expect(jobs.filter((j) => j.payload.publicationId === 'pub-rolled-back')).toEqual([]);
  });

  it('leaves exactly one job when the transaction commits', async () => {
    const id = await withTransaction(database.db, (trx) =>
      queue.enqueuePublish(trx, { publicationId: 'pub-committed' }),
    );
    const jobs = await queue.listJobs();
    expect(jobs).toEqual([
      { id, state: 'created', retryCount: 0, payload: { publicationId: 'pub-committed' } },
    ]);
  });

  it('hands each job to the worker and retries a failed attempt', async () => {
    const attempts: Array<{ publicationId: string; attempt: number }> = [];
    let done!: () => void;
    const finished = new Promise<void>((resolve) => {
      done = resolve;
    });
    await withTransaction(database.db, (trx) => queue.enqueuePublish(trx, { publicationId: 'pub-flaky' }));
    await queue.work(async (payload, job) => {
      attempts.push({ publicationId: payload.publicationId, attempt: job.attempt });
      if (payload.publicationId === 'pub-flaky' && job.attempt === 1) throw new Error('build failed once');
      if (payload.publicationId === 'pub-flaky') done();
    });
    await finished;
    expect(attempts.filter((a) => a.publicationId === 'pub-flaky')).toEqual([
      { publicationId: 'pub-flaky', attempt: 1 },
      { publicationId: 'pub-flaky', attempt: 2 },
    ]);
  });
});
