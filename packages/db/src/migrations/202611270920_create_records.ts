import { type Kysely, sql } from 'kysely';

/**
 * Records (tasks, listings, publications, inspections, appraisals, transfers, events) as validated documents:
 * the domain schema is the source of truth for `data`; the other columns are projections for filters, search
 * and constraints (docs/decisions/0003-records-as-documents.md).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('year', 'integer')
    .addColumn('field', 'text')
    .addColumn('status', 'text')
    .addColumn('level', 'text')
    .addColumn('listed_on', 'date')
    .addColumn('expires_on', 'date')
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint(
      'records_kind',
      sql`kind IN ('task', 'appraisal', 'transfer', 'event', 'listing', 'publication', 'inspection')`,
    )
    .addCheckConstraint(
      'records_listing_dates',
      sql`kind <> 'listing' OR (listed_on IS NOT NULL AND expires_on > listed_on)`,
    )
    .addCheckConstraint(
      'records_task_level',
      sql`kind <> 'task' OR level IN ('national', 'ministry', 'provincial', 'grassroots')`,
    )
    .execute();
  await db.schema.createIndex('records_kind_title').on('records').columns(['kind', 'title']).execute();
  await db.schema.createIndex('records_kind_period').on('records').columns(['kind', 'period']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('records').execute();
}
