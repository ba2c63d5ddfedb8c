import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type Database = Kysely<DB>;

export type DbHandle = {
  db: Database;
  kind: 'pg' | 'pglite';
  /** The embedded instance, when kind is 'pglite'. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export type CreateDbOptions = {
  /** A PostgreSQL connection string; without one an embedded PGlite database is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir?: string | undefined;
  /** A PGlite data directory dump to start from (test templates). */
  loadDataDir?: Blob | undefined;
  poolSize?: number | undefined;
  /** Told when an idle pooled connection fails (the database restarted or went away). */
  onIdleError?: ((error: Error) => void) | undefined;
};

const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;

/** Same value shapes from both drivers: dates as 'YYYY-MM-DD' strings, int8 and numeric as numbers. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE) return (v: string) => v;
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** The databases opened on an embedded PGlite instance (one connection, one owner process). */
const embeddedDatabases = new WeakSet<Database>();
/** The connection string of each PostgreSQL database, for a connection of its own outside the pool (locks). */
const connectionStrings = new WeakMap<Database, string>();

/** The PostgreSQL connection string `db` was opened with (undefined for the embedded database). */
export function connectionStringOf(db: Database): string | undefined {
  return connectionStrings.get(db);
}

/** Whether `db` is an embedded PGlite database (single connection: no session-level locks across processes). */
export function isEmbeddedDatabase(db: Database): boolean {
  return embeddedDatabases.has(db);
}

/** Opens the database: PostgreSQL through `pg` when a URL is given, else embedded PGlite. */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, types: pgTypes });
    // An idle client whose server went away emits 'error'; without a listener Node would crash the process.
    // The pool drops that client and opens a new connection on the next query.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    connectionStrings.set(db, options.url);
    return { db, kind: 'pg', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  const onDisk = !dataDir.startsWith('memory://');
  if (onDisk) {
    mkdirSync(dataDir, { recursive: true });
    claimEmbeddedDatabase(dataDir);
  }
  const pglite = await PGlite.create(dataDir, {
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: {
      [DATE]: (v: string) => v,
      [INT8]: (v: string) => Number(v),
      [NUMERIC]: (v: string) => Number(v),
    },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  embeddedDatabases.add(db);
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      if (onDisk) releaseEmbeddedDatabase(dataDir);
    },
  };
}

/** jsonb parameters are passed as JSON text: `pg` would turn a JS array into a PostgreSQL array. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export type DbTransaction = Transaction<DB>;
/** Any executor a query function accepts: the database or an open transaction. */
export type DbExecutor = Database | DbTransaction;

/** Runs `fn` in one transaction; everything it writes commits or rolls back together. */
export function withTransaction<T>(db: Database, fn: (trx: DbTransaction) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}

/** An embedded database has one owner process at a time; its pid is kept in `<dataDir>.lock`. */
const lockFile = (dataDir: string) => `${dataDir.replace(/\/+$/, '')}.lock`;

function ownerOf(dataDir: string): number | null {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // the owner died: the lock is stale
  }
}

/** True when another live process has the embedded database at `dataDir` open. */
export function isEmbeddedDatabaseInUse(dataDir: string): boolean {
  const owner = ownerOf(dataDir);
  return owner !== null && owner !== process.pid;
}

function claimEmbeddedDatabase(dataDir: string): void {
  const owner = ownerOf(dataDir);
  if (owner !== null && owner !== process.pid) {
    throw new Error(
      `Cơ sở dữ liệu nhúng ${dataDir} đang được tiến trình ${owner} sử dụng; hãy dừng tiến trình đó trước.`,
    );
  }
  writeFileSync(lockFile(dataDir), String(process.pid));
}

function releaseEmbeddedDatabase(dataDir: string): void {
  if (ownerOf(dataDir) === process.pid) rmSync(lockFile(dataDir), { force: true });
}
