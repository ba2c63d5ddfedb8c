import { type MigrationResultSet, Migrator } from 'kysely/migration';
import type { Database } from './create-db.ts';
import { migrations } from './migrations/index.ts';

function createMigrator(db: Database) {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Database): Promise<MigrationResultSet> {
  const result = await createMigrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed`, { cause: result.error });
  }
  return result;
}

export async function migrateDown(db: Database): Promise<MigrationResultSet> {
  return createMigrator(db).migrateDown();
}

/** Migrates up or down to exactly the migration `name` (tests of data migrations; rolling back an upgrade). */
export async function migrateTo(db: Database, name: string): Promise<MigrationResultSet> {
  if (!(name in migrations)) throw new Error(`Unknown migration ${name}`);
  const result = await createMigrator(db).migrateTo(name);
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed`, { cause: result.error });
  }
  return result;
}
