import { type Kysely, sql } from 'kysely';

/** Site publications: one row per build of the public site, with its stages and log. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigserial', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('edition_id', 'text', (c) => c.references('report_editions.id'))
    .addColumn('requested_by', 'text', (c) => c.references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('stages', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('error', 'text')
    .addColumn('release_dir', 'text')
    .addColumn('page_count', 'integer')
    .addColumn('live_at', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint(
      'publications_status',
      sql`status IN ('queued', 'exporting', 'building', 'indexing', 'checking', 'switching', 'live', 'failed', 'superseded', 'retired')`,
    )
    .addCheckConstraint('publications_trigger', sql`trigger IN ('approval', 'manual', 'rollback', 'startup')`)
    .execute();
  await db.schema.createIndex('publications_status').on('publications').column('status').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publications').execute();
}
