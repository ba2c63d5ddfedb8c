import { type Kysely, sql } from 'kysely';

/**
 * Which edition a draft was started from (last month's report, for carry-over checks), and the warnings of
 * an edition that someone marked as checked (who, when). Checks are not content: the content hash ignores them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('report_editions')
    .addColumn('carried_from_edition_id', 'text', (c) =>
      c.references('report_editions.id').onDelete('set null'),
    )
    .execute();
  await db.schema
    .createTable('finding_checks')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('report_editions.id').onDelete('cascade'))
    .addColumn('finding_key', 'text', (c) => c.notNull())
    .addColumn('checked_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('checked_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('finding_checks_pk', ['edition_id', 'finding_key'])
    .addCheckConstraint('finding_checks_key_length', sql`length(finding_key) BETWEEN 1 AND 600`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('finding_checks').execute();
  await db.schema.alterTable('report_editions').dropColumn('carried_from_edition_id').execute();
}
