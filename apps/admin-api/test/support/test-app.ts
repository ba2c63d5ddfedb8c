import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { PublishQueue } from '@khcn/admin-router';
import { createTestDatabase, madeBeforeAll, type TestDatabase } from '@khcn/db/testing';
import pino from 'pino';
import { createApp } from '../../src/app.ts';
import { createFileStore } from '../../src/file-store.ts';
import type { ReleaseStore, ReleaseTarget } from '@khcn/publisher';

export const TEST_ORIGIN = 'http://localhost';
export const CONFIGURED_ORIGIN = 'https://quantri.khcn.example.vn';

/** A clock the tests move by hand. */
export type TestClock = { now: () => Date; set(at: Date): void; advance(ms: number): void };

export function createTestClock(start = new Date('2026-03-02T01:00:00Z')): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = at.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** A publish queue that only remembers what was enqueued (the real one is pg-boss, tested in the publisher). */
export function createRecordingPublishQueue(): PublishQueue & { jobs: Array<{ publicationId: string }> } {
  const jobs: Array<{ publicationId: string }> = [];
  return {
    jobs,
    async enqueuePublish(_trx, payload) {
      jobs.push(payload);
      return `job-${jobs.length}`;
    },
  };
}

export type LogLine = { level: number; msg?: string; [key: string]: unknown };

export type TestApp = {
  app: ReturnType<typeof createApp>;
  db: TestDatabase;
  clock: TestClock;
  publishQueue: ReturnType<typeof createRecordingPublishQueue>;
  /** Every JSON log line the app wrote. */
  logs: LogLine[];
  filesDir: string;
  close(): Promise<void>;
};

export async function createTestApp(
  options: {
    adminWebDist?: string | null;
    siteReleases?: ReleaseStore | null;
    siteTargets?: ReleaseTarget[] | null;
    trustProxy?: boolean;
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const clock = createTestClock();
  const publishQueue = createRecordingPublishQueue();
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const filesDir = mkdtempSync(join(tmpdir(), 'khcn-admin-api-files-'));
  const app = createApp({
    db: db.db,
    logger,
    publishQueue,
    files: createFileStore(db.db, filesDir, clock.now),
    now: clock.now,
    allowedOrigins: [CONFIGURED_ORIGIN],
    trustProxy: options.trustProxy ?? true,
    adminWebDist: options.adminWebDist ?? null,
    siteReleases: options.siteReleases ?? null,
    siteTargets: options.siteTargets ?? null,
  });
  return {
    app,
    db,
    clock,
    publishQueue,
    logs,
    filesDir,
    async close() {
      await db.destroy();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test file's app, made before its tests and closed after them: `const t = useTestApp()` at the top of the
 * file (a later `beforeAll` may already use it).
 */
export function useTestApp(): TestApp {
  return madeBeforeAll(
    () => createTestApp(),
    (app) => app.close(),
    'The test app',
  );
}
