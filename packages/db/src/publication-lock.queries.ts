import pg from 'pg';
import { connectionStringOf, type Database, isEmbeddedDatabase } from './create-db.ts';

/**
 * Locks that make several publish workers and API processes on one PostgreSQL safe (docs/runbooks/scale-out.md):
 * PostgreSQL's session-level advisory locks, each held on a connection of its own (outside the pool, so the work
 * inside never waits for a pooled connection) for as long as the work runs. A process that dies loses its
 * connection, and PostgreSQL releases its locks at once: nothing to expire or clean up.
 * The embedded database (PGlite) has one owner process, so an in-process lock is the whole story there.
 */
const SITE_SWITCH = { namespace: 0x6b68636e, key: 1 }; // "khcn": the switch of the live site
const PUBLICATIONS = 0x6b686370; // "khcp": one key per publication

const heldInProcess = new Map<string, Promise<void>>();

async function inProcess<T>(name: string, wait: boolean, fn: () => Promise<T>): Promise<T | typeof busy> {
  while (heldInProcess.has(name)) {
    if (!wait) return busy;
    await heldInProcess.get(name);
  }
  let release!: () => void;
  heldInProcess.set(name, new Promise<void>((r) => (release = r)));
  try {
    return await fn();
  } finally {
    heldInProcess.delete(name);
    release();
  }
}

const busy = Symbol('busy');

/** A stable 32-bit key for a text (FNV-1a), for the per-publication lock. */
function keyOf(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

async function withAdvisoryLock<T>(
  db: Database,
  name: string,
  { namespace, key }: { namespace: number; key: number },
  wait: boolean,
  fn: () => Promise<T>,
): Promise<T | typeof busy> {
  return inProcess(name, wait, async () => {
    const url = connectionStringOf(db);
    if (isEmbeddedDatabase(db) || !url) return fn();
    const client = new pg.Client({
      connectionString: url,
      application_name: `khcn-lock-${name}`.slice(0, 63),
    });
    // A lost connection releases the lock on the server; the work in progress finishes or fails on its own
    // queries (the database is gone too). Without a listener the 'error' event would end the process.
    client.on('error', () => {});
    await client.connect();
    try {
      if (wait) {
        await client.query('SELECT pg_advisory_lock($1, $2)', [namespace, key]);
      } else {
        const got = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [
          namespace,
          key,
        ]);
        if (!got.rows[0]?.locked) return busy;
      }
      return await fn();
    } finally {
      // Ending the session releases its locks.
      await client.end().catch(() => {});
    }
  });
}

/** Runs `fn` while this process alone switches the live site (waits for another process's switch to end). */
export async function withSiteSwitchLock<T>(db: Database, fn: () => Promise<T>): Promise<T> {
  const result = await withAdvisoryLock(db, 'site-switch', SITE_SWITCH, true, fn);
  return result as T;
}

/**
 * Runs `fn` only if no other process is working on this publication; otherwise returns `{ busy: true }` at once.
 * So a publication is built by one worker at a time, whatever the queue does (a job retried after its worker
 * seemed lost, a resumed publication, `khcn site:publish` beside the workers).
 */
export async function withPublicationLock<T>(
  db: Database,
  publicationId: string,
  fn: () => Promise<T>,
): Promise<{ busy: false; value: T } | { busy: true }> {
  const result = await withAdvisoryLock(
    db,
    `publication:${publicationId}`,
    { namespace: PUBLICATIONS, key: keyOf(publicationId) },
    false,
    fn,
  );
  return result === busy ? { busy: true } : { busy: false, value: result as T };
}
