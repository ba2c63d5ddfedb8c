import { startingIndicators } from '@khcn/domain';
import { type Kysely, sql } from 'kysely';

/**
 * The department's indicator catalogue (docs/decisions/0008-figure-model.md): what each figure of a report
 * counts, its unit, group and division, how it combines over time, and its names over time. Starts with the
 * domain's frozen starting list (`startingIndicators`), which this migration inserts once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicators')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('names', 'jsonb', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('division', 'text')
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('default_basis', 'text', (c) => c.notNull())
    .addColumn('sum_of', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('at_most', 'text')
    .addColumn('retired_from', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('indicators_aggregation', sql`aggregation IN ('sum', 'last', 'none')`)
    .addCheckConstraint('indicators_default_basis', sql`default_basis IN ('month', 'ytd', 'level')`)
    .addCheckConstraint(
      'indicators_retired_from',
      sql`retired_from IS NULL OR retired_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`,
    )
    .addCheckConstraint(
      'indicators_names',
      sql`jsonb_typeof(names) = 'array' AND jsonb_array_length(names) >= 1`,
    )
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('indicators')
    .values(
      startingIndicators().map((i) => ({
        code: i.code,
        names: JSON.stringify(i.names),
        unit: i.unit,
        group_name: i.group,
        division: i.division,
        aggregation: i.aggregation,
        default_basis: i.defaultBasis,
        sum_of: JSON.stringify(i.sumOf),
        at_most: i.atMost,
        retired_from: i.retiredFrom,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicators').execute();
}
