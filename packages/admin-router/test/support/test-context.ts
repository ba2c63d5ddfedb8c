import type { ReleaseStore } from '@khcn/publisher';
import { randomUUID } from 'node:crypto';
import type { Database } from '@khcn/db';
import { demoUsers } from '@khcn/db/seed';
import type { Context, FileStore, Logger, PublishQueue, SessionActor } from '../../src/context.ts';

export type DemoUsername = (typeof demoUsers)[number]['username'];

/** The session actor of a demo account (one per role: chuyenvien, truongphong, lanhdao, vanthu, quantri...). */
export function demoActor(username: DemoUsername): SessionActor {
  const user = demoUsers.find((u) => u.username === username);
  if (!user) throw new Error(`No demo user ${username}`);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: [...user.roles],
    divisions: [...user.divisions],
    sessionId: `session-${user.username}`,
  };
}

/** Logs kept in memory, so a test can show what a 500 logged. */
export function createMemoryLogger(): Logger & {
  entries: Array<{ level: string; obj: object; msg?: string }>;
} {
  const entries: Array<{ level: string; obj: object; msg?: string }> = [];
  const log = (level: string) => (obj: object, msg?: string) => {
    entries.push({ level, obj, ...(msg !== undefined ? { msg } : {}) });
  };
  return { entries, info: log('info'), warn: log('warn'), error: log('error') };
}

/** A publish queue for tests that must never be reached (read-only procedures). */
export const unusedPublishQueue: PublishQueue = {
  enqueuePublish() {
    throw new Error('This test context has no publish queue');
  },
};

/** A file store for tests that must never be reached. */
export const unusedFileStore: FileStore = {
  put() {
    throw new Error('This test context has no file store');
  },
  read() {
    throw new Error('This test context has no file store');
  },
};

export type TestContextOptions = {
  /** A demo username, any session actor, or null for "no session". */
  user: DemoUsername | SessionActor | null;
  publishQueue?: PublishQueue;
  files?: FileStore;
  now?: () => Date;
  logger?: Logger;
  siteReleases?: ReleaseStore;
};

/** The same Context the HTTP app builds per request, over a real database. */
export function createTestContext(db: Database, options: TestContextOptions): Context {
  const actor = typeof options.user === 'string' ? demoActor(options.user) : options.user;
  return {
    db,
    now: options.now ?? (() => new Date()),
    newId: () => randomUUID(),
    actor,
    requestId: `test-${randomUUID()}`,
    clientAddress: '127.0.0.1',
    logger: options.logger ?? createMemoryLogger(),
    publishQueue: options.publishQueue ?? unusedPublishQueue,
    files: options.files ?? unusedFileStore,
    sessionCookie: { set() {}, clear() {} },
    siteReleases: options.siteReleases,
  };
}
