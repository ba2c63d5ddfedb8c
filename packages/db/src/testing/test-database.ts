import { madeBeforeAll } from './made-before-all.ts';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublicationStatus } from '@khcn/domain';
import pg from 'pg';
import { createDb, type DbExecutor, type DbHandle } from '../create-db.ts';
import { migrateToLatest } from '../migrate.ts';
import { insertPublication, updatePublication } from '../publication.queries.ts';

/**
 * Integration tests run against PostgreSQL when DATABASE_URL is set, else against embedded PGlite. Either way
 * the schema is migrated once into a template (a template database, or a PGlite data-dir dump) by the Vitest
 * global setup, and each test file clones it (epic-stack's per-worker database).
 */
const TEMPLATE_ENV = 'KHCN_TEST_TEMPLATE';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Vitest globalSetup: builds the template; returns the teardown. `name` keeps packages apart. */
export async function setupTestTemplate(name: string): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const base = new URL(url).pathname.slice(1) || 'test';
    const template = `${base}_tpl_${name}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    await admin(url, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${template}`);
    });
    const handle = await createDb({ url: withDatabase(url, template), poolSize: 1 });
    await migrateToLatest(handle.db);
    await handle.close();
    process.env[TEMPLATE_ENV] = template;
    return async () => {
      await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
    };
  }
  const handle = await createDb({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  const file = join(tmpdir(), `khcn-pglite-template-${name}-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_ENV] = file;
  return async () => {};
}

export type TestDatabase = DbHandle & { destroy(): Promise<void>; url: string | null };

/** A fresh migrated database for one test file; `destroy()` closes (and drops) it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  const url = process.env.DATABASE_URL;
  if (url) {
    const base = new URL(url).pathname.slice(1) || 'test';
    const tpl = template ?? `${base}_tpl_adhoc`;
    const database = `${base}_t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    if (!template) {
      await admin(url, async (c) => {
        await c.query(`CREATE DATABASE ${database}`);
      });
    } else {
      await admin(url, (c) => c.query(`CREATE DATABASE ${database} TEMPLATE ${tpl}`));
    }
    const dbUrl = withDatabase(url, database);
    const handle = await createDb({ url: dbUrl, poolSize: 4 });
    if (!template) await migrateToLatest(handle.db);
    return {
      ...handle,
      url: dbUrl,
      destroy: async () => {
        await handle.close();
        await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
      },
    };
  }
  const handle = template
    ? await createDb({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(template)]) })
    : await createDb({ dataDir: 'memory://' });
  if (!template) await migrateToLatest(handle.db);
  return { ...handle, url: null, destroy: () => handle.close() };
}

/**
 * A test file's database, made before its tests and destroyed after them: `const t = useTestDatabase()` at the top
 * of the file, then `t.db` inside tests (its fields read the database `beforeAll` made).
 */
export function useTestDatabase(): TestDatabase {
  return madeBeforeAll(createTestDatabase, (t) => t.destroy(), 'The test database');
}
export { madeBeforeAll } from './made-before-all.ts';

/** Publication rows as the worker leaves them (manual, no edition), each with its status; for rollback tests. */
export async function insertFinishedPublications(
  db: DbExecutor,
  rows: ReadonlyArray<readonly [id: string, status: PublicationStatus]>,
  at: Date,
): Promise<void> {
  for (const [id, status] of rows) {
    await insertPublication(db, { id, trigger: 'manual', editionId: null, requestedBy: null, at });
    await updatePublication(db, id, { status, liveAt: at });
  }
}
