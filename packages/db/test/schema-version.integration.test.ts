import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  migrateTo,
  migrateToLatest,
  readSchemaState,
  requireCurrentSchema,
  SchemaMismatchError,
} from '../src/index.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';
import { migrations } from '../src/migrations/index.ts';

const names = Object.keys(migrations).sort();
const latest = names.at(-1)!;
const previous = names.at(-2)!;
/** The migrations an older release knew: all but the newest. */
const olderRelease = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== latest));

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(async () => {
  await t.destroy();
});

async function mismatchOf(promise: Promise<unknown>): Promise<SchemaMismatchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SchemaMismatchError) return error;
    throw error;
  }
  throw new Error('expected a SchemaMismatchError');
}

describe('the schema a process runs against', () => {
  it('is accepted when the database has exactly the migrations the code knows', async () => {
    const state = await requireCurrentSchema(t.db);
    expect(state).toMatchObject({ applied: names, pending: [], unknown: [] });
  });

  it('is refused, with one sentence naming the migration, when a newer release migrated the database', async () => {
    const error = await mismatchOf(requireCurrentSchema(t.db, olderRelease));
    expect(error.state.unknown).toEqual([latest]);
    expect(error.message).toMatch(
      /^Cơ sở dữ liệu mới hơn mã đang chạy: nó có migration \S+ mà phiên bản này không biết\./,
    );
    expect(error.message).toContain(latest);
    expect(error.message).toContain('khcn db:migrate --down-to');
  });

  it('is refused when the database is not migrated yet: migrations are an explicit step', async () => {
    await migrateTo(t.db, previous);
    const error = await mismatchOf(requireCurrentSchema(t.db));
    expect(error.state.pending).toEqual([latest]);
    expect(error.message).toContain('khcn db:migrate');
  });

  it("goes back to an older release with the new code's down migrations, then forward again", async () => {
    await migrateTo(t.db, previous);
    // The older release now starts: its migrations are exactly the database's.
    expect(await requireCurrentSchema(t.db, olderRelease)).toMatchObject({ pending: [], unknown: [] });
    expect((await readSchemaState(t.db)).applied).not.toContain(latest);
    await migrateToLatest(t.db);
    expect((await readSchemaState(t.db)).applied).toEqual(names);
  });

  it('refuses to go down to a migration the code does not know', async () => {
    await expect(migrateTo(t.db, '209901010000_unknown')).rejects.toThrow('không có trong mã này');
  });
});
