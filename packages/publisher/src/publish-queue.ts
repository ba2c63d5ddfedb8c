import type { DbTransaction } from '@khcn/db';
import { fromKysely, fromPglite, type Job, PgBoss, type PGliteLike } from 'pg-boss';

/** The one queue that carries "rebuild and publish the public site" jobs. */
export const PUBLISH_QUEUE_NAME = 'site-publish';

export type PublishJobPayload = { publicationId: string };

/**
 * Where pg-boss keeps its jobs: the application's own database. On PostgreSQL pg-boss opens its own small
 * pool from the URL; on PGlite it shares the embedded instance (single connection, so its background
 * statements wait for the application's open transaction, never interleave with it).
 * `DbHandle` from @khcn/db (plus the URL) and `TestDatabase` fit this shape.
 */
export type PublishQueueDatabase =
  | { kind: 'pg'; url?: string | null | undefined }
  | { kind: 'pglite'; pglite?: PGliteLike | undefined };

export type PublishQueueOptions = {
  /** How many times a failed publish job is tried again before it is marked failed. Default 3. */
  retryLimit?: number;
  /** First delay before a retry, in seconds; doubles each time (backoff). Default 30. */
  retryDelaySeconds?: number;
  /** Longest delay between retries, in seconds. Default 600. */
  retryDelayMaxSeconds?: number;
  /** A publish job still running after this long is considered lost and retried. Default 1800. */
  expireInSeconds?: number;
  /** How often an idle worker looks for a job, in seconds (>= 0.5). Default 2. */
  pollingIntervalSeconds?: number;
  /**
   * Run pg-boss's maintenance (expiring lost jobs, deleting old ones) in this process. Default true; the
   * tests turn it off to keep the embedded database quiet.
   */
  maintenance?: boolean;
  /** PostgreSQL schema of pg-boss's tables. Default 'pgboss'. */
  schema?: string;
  /** Where pg-boss's own errors go (it reports them as events, not as rejections). */
  onError?: (error: Error) => void;
};

export type PublishJobHandler = (
  payload: PublishJobPayload,
  job: { id: string; attempt: number },
) => Promise<void>;

export type PublishJobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
export type PublishJobInfo = {
  id: string;
  state: PublishJobState;
  retryCount: number;
  payload: PublishJobPayload;
};

export type PublishQueue = {
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Enqueues a publish job inside the caller's transaction (`trx`): it exists only if that transaction
   * commits. Returns the job id.
   */
  enqueuePublish(trx: DbTransaction, payload: PublishJobPayload): Promise<string | null>;
  /** Runs `handler` for each job, one at a time; a throw fails the attempt and pg-boss retries it later. */
  work(handler: PublishJobHandler): Promise<void>;
  /** The queue's jobs, oldest first (operations screens and tests). */
  listJobs(options?: { limit?: number }): Promise<PublishJobInfo[]>;
};

/** Builds the publish queue on pg-boss 12. Call `start()` before enqueueing or working. */
export function createPublishQueue(
  database: PublishQueueDatabase,
  options: PublishQueueOptions = {},
): PublishQueue {
  const maintenance = options.maintenance ?? true;
  const common = {
    schema: options.schema ?? 'pgboss',
    supervise: maintenance,
    schedule: false,
    migrate: true,
  };
  let boss: PgBoss;
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('createPublishQueue: a PGlite database needs its instance');
    boss = new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' });
  } else {
    if (!database.url) throw new Error('createPublishQueue: a PostgreSQL database needs its URL');
    boss = new PgBoss({
      ...common,
      connectionString: database.url,
      max: 2,
      application_name: 'khcn-publish',
    });
  }
  boss.on('error', (error) => options.onError?.(error as Error));

  const queueOptions = {
    retryLimit: options.retryLimit ?? 3,
    retryDelay: options.retryDelaySeconds ?? 30,
    retryBackoff: true,
    retryDelayMax: options.retryDelayMaxSeconds ?? 600,
    expireInSeconds: options.expireInSeconds ?? 1800,
  };
  let started = false;

  return {
    async start() {
      if (started) return;
      await boss.start();
      // createQueue leaves an existing queue as it is; updateQueue applies changed retry settings. Both
      // also load the queue into pg-boss's cache, so enqueueing inside a transaction needs no lookup.
      await boss.createQueue(PUBLISH_QUEUE_NAME, queueOptions);
      await boss.updateQueue(PUBLISH_QUEUE_NAME, queueOptions);
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, close: true, timeout: 10_000 });
    },
    enqueuePublish(trx, payload) {
      if (!started) throw new Error('Publish queue is not started');
      return boss.send(PUBLISH_QUEUE_NAME, payload, { db: fromKysely(trx) });
    },
    async work(handler) {
      if (!started) throw new Error('Publish queue is not started');
      await boss.work<PublishJobPayload>(
        PUBLISH_QUEUE_NAME,
        { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async (jobs: Job<PublishJobPayload>[]) => {
          for (const job of jobs) await handler(job.data, { id: job.id, attempt: job.retryCount + 1 });
        },
      );
    },
    async listJobs(args = {}) {
      const jobs = await boss.findJobs<PublishJobPayload>(PUBLISH_QUEUE_NAME, { limit: args.limit ?? 1000 });
      return jobs.map((j) => ({
        id: j.id,
        state: j.state as PublishJobState,
        retryCount: j.retryCount,
        payload: j.data,
      }));
    },
  };
}
