import { sql } from 'kysely';
import { type Migration, type MigrationResultSet, Migrator } from 'kysely/migration';
import type { Database } from './create-db.ts';
import { migrations as allMigrations } from './migrations/index.ts';

type MigrationSet = Record<string, Migration>;

function createMigrator(db: Database, known: MigrationSet) {
  return new Migrator({ db, provider: { getMigrations: async () => known } });
}

function requireSuccess(result: MigrationResultSet): MigrationResultSet {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed`, { cause: result.error });
  }
  return result;
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(
  db: Database,
  known: MigrationSet = allMigrations,
): Promise<MigrationResultSet> {
  return requireSuccess(await createMigrator(db, known).migrateToLatest());
}

/** Undoes the last applied migration (development). */
export async function migrateDown(db: Database): Promise<MigrationResultSet> {
  return createMigrator(db, allMigrations).migrateDown();
}

/**
 * Migrates up or down to exactly the migration `name`: going back to an older release (`khcn db:migrate --down-to`)
 * runs the `down` of every migration applied after it, newest first; tests of data migrations go up to it. Throws
 * when `name` is not a migration of this code.
 */
export async function migrateTo(db: Database, name: string): Promise<MigrationResultSet> {
  if (!(name in allMigrations)) {
    throw new Error(
      `Migration ${name} không có trong mã này; các migration đã biết: ${Object.keys(allMigrations).join(', ')}`,
    );
  }
  return requireSuccess(await createMigrator(db, allMigrations).migrateTo(name));
}

export type SchemaState = {
  /** Migrations applied to the database, in order. */
  applied: string[];
  /** Migrations this code has that the database has not had. */
  pending: string[];
  /** Migrations the database has had that this code does not know (a newer release migrated it). */
  unknown: string[];
};

/** Compares the database's applied migrations with the ones this code knows. */
export async function readSchemaState(
  db: Database,
  known: MigrationSet = allMigrations,
): Promise<SchemaState> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const applied = tables.some((t) => t.name === 'kysely_migration')
    ? (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map(
        (r) => r.name,
      )
    : [];
  const names = Object.keys(known).sort();
  return {
    applied,
    pending: names.filter((n) => !applied.includes(n)),
    unknown: applied.filter((n) => !(n in known)),
  };
}

/** The database's schema is not the one this code was written for; `message` says what to do (Vietnamese). */
export class SchemaMismatchError extends Error {
  readonly state: SchemaState;
  constructor(message: string, state: SchemaState) {
    super(message);
    this.name = 'SchemaMismatchError';
    this.state = state;
  }
}

/**
 * Guards a process that must not change the schema (the API, the publish worker): refuses a database a newer
 * release migrated, and one not yet migrated, each with one sentence saying what to do. Migrations are an
 * explicit step (`khcn db:migrate`), never a side effect of starting.
 */
export async function requireCurrentSchema(
  db: Database,
  known: MigrationSet = allMigrations,
): Promise<SchemaState> {
  const state = await readSchemaState(db, known);
  if (state.unknown.length > 0) {
    throw new SchemaMismatchError(
      `Cơ sở dữ liệu mới hơn mã đang chạy: nó có migration ${state.unknown.join(', ')} mà phiên bản này không biết. ` +
        'Hãy chạy phiên bản mã đã nâng cấp cơ sở dữ liệu; muốn quay về phiên bản cũ thì khôi phục bản sao lưu trước nâng cấp ' +
        'hoặc, với mã mới, chạy `khcn db:migrate --down-to <migration cuối của bản cũ>` (docs/runbooks/upgrade.md).',
      state,
    );
  }
  if (state.pending.length > 0) {
    throw new SchemaMismatchError(
      `Cơ sở dữ liệu chưa được nâng cấp cho phiên bản này (thiếu migration ${state.pending.join(', ')}): ` +
        'hãy chạy `khcn db:migrate` (hoặc `pnpm db:migrate`) rồi khởi động lại.',
      state,
    );
  }
  return state;
}
