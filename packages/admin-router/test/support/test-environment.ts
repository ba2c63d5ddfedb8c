import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditFilter, createDiskFileStore, type DiskFileStore, listAuditEntries } from '@khcn/db';
import { createTestDatabase, madeBeforeAll, type TestDatabase } from '@khcn/db/testing';
import { seedDatabase } from '@khcn/db/seed';
import {
  createPublishQueue,
  createReleaseStore,
  type PublishQueue,
  type ReleaseStore,
} from '@khcn/publisher';
import type { SessionActor } from '../../src/context.ts';
import { createCallerFactory } from '../../src/trpc.ts';
import { appRouter } from '../../src/app.router.ts';
import { createMemoryLogger, createTestContext, type DemoUsername } from './test-context.ts';

const createCaller = createCallerFactory(appRouter);

/** When the seeded database was loaded, and the default "now" of every call: Monday 6 January 2025, 09:00 in Hà Nội. */
export const TEST_NOW = new Date('2025-01-06T02:00:00Z');

export type TestEnvironment = {
  database: TestDatabase;
  queue: PublishQueue;
  files: DiskFileStore;
  logger: ReturnType<typeof createMemoryLogger>;
  /** The clock every call reads; tests may move it. */
  clock: { now: Date };
  /** The public site's releases, in a temporary folder. */
  releases: ReleaseStore;
  /** A caller of the real app router as `user` (a demo username, an actor, or null for no session). */
  caller(user: DemoUsername | SessionActor | null): ReturnType<typeof createCaller>;
  /** The audit log's newest entries that match `filter`: the first page, of 5 unless `pageSize` says otherwise. */
  auditEntries(
    filter: Omit<AuditFilter, 'page' | 'pageSize'> & { pageSize?: number },
  ): Promise<AuditEntryRow[]>;
  destroy(): Promise<void>;
};

type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>['items'][number];

/**
 * One test file's world: a fresh migrated database (PostgreSQL when DATABASE_URL is set, else PGlite) with
 * the seed (November 2024 report approved, records, demo accounts), a started pg-boss publish queue on the
 * same database, and a file store in a temporary folder.
 */
export async function createTestEnvironment(): Promise<TestEnvironment> {
  const database = await createTestDatabase();
  await seedDatabase(database.db, { now: new Date('2024-12-05T02:00:00Z'), withDemoUsers: true });
  const queue = createPublishQueue(database, { maintenance: false });
  await queue.start();
  const filesDir = await mkdtemp(join(tmpdir(), 'khcn-admin-router-files-'));
  const files = createDiskFileStore(database.db, filesDir);
  const logger = createMemoryLogger();
  const clock = { now: TEST_NOW };
  const releases = createReleaseStore(join(filesDir, 'site'));
  return {
    releases,
    database,
    queue,
    files,
    logger,
    clock,
    caller: (user) =>
      createCaller(
        createTestContext(database.db, {
          user,
          publishQueue: queue,
          files,
          logger,
          now: () => clock.now,
          siteReleases: releases,
        }),
      ),
    auditEntries: async (filter) =>
      (await listAuditEntries(database.db, { page: 1, pageSize: 5, ...filter })).items,
    async destroy() {
      await queue.stop();
      await database.destroy();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test file's environment, made before its tests and destroyed after them: `const env = useTestEnvironment()`
 * at the top of the file, then `env.caller(...)` inside tests (its fields read the environment `beforeAll` made).
 */
export function useTestEnvironment(): TestEnvironment {
  return madeBeforeAll(createTestEnvironment, (env) => env.destroy(), 'The test environment');
}
