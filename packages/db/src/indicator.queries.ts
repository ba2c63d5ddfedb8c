import type { Indicator } from '@khcn/domain';
import type { Selectable } from 'kysely';
import { type DbExecutor, toJson } from './create-db.ts';
import type { IndicatorsTable } from './schema.ts';

/** An indicator with the version its editors send back (optimistic concurrency). */
export type StoredIndicator = Indicator & { version: number };

const toIndicator = (row: Selectable<IndicatorsTable>): StoredIndicator => ({
  code: row.code,
  names: row.names,
  unit: row.unit,
  group: row.group_name,
  division: row.division,
  aggregation: row.aggregation,
  defaultBasis: row.default_basis,
  sumOf: row.sum_of,
  atMost: row.at_most,
  retiredFrom: row.retired_from,
  version: row.version,
});

/** The whole catalogue, by group then code. */
export async function listIndicators(db: DbExecutor): Promise<StoredIndicator[]> {
  const rows = await db.selectFrom('indicators').selectAll().orderBy('group_name').orderBy('code').execute();
  return rows.map(toIndicator);
}

export async function findIndicator(db: DbExecutor, code: string): Promise<StoredIndicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toIndicator(row) : undefined;
}

/** Inserts a new indicator; returns false when the code is taken. */
export async function insertIndicator(db: DbExecutor, indicator: Indicator, at: Date): Promise<boolean> {
  const result = await db
    .insertInto('indicators')
    .values({
      code: indicator.code,
      names: toJson(indicator.names),
      unit: indicator.unit,
      group_name: indicator.group,
      division: indicator.division,
      aggregation: indicator.aggregation,
      default_basis: indicator.defaultBasis,
      sum_of: toJson(indicator.sumOf),
      at_most: indicator.atMost,
      retired_from: indicator.retiredFrom,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Replaces an indicator's fields if its version is still `expectedVersion`; the new version, or null. */
export async function updateIndicatorIfVersion(
  db: DbExecutor,
  args: { indicator: Indicator; expectedVersion: number; at: Date },
): Promise<number | null> {
  const i = args.indicator;
  const row = await db
    .updateTable('indicators')
    .set((eb) => ({
      names: toJson(i.names),
      unit: i.unit,
      group_name: i.group,
      division: i.division,
      aggregation: i.aggregation,
      default_basis: i.defaultBasis,
      sum_of: toJson(i.sumOf),
      at_most: i.atMost,
      retired_from: i.retiredFrom,
      version: eb('version', '+', 1),
      updated_at: args.at,
    }))
    .where('code', '=', i.code)
    .where('version', '=', args.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}
