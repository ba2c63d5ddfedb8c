import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('reports_period_format', sql`period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
    .execute();

  await db.schema
    .createTable('report_editions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('edition_no', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('number_sequence', 'integer')
    .addColumn('number_symbol', 'text')
    .addColumn('number_year', 'integer')
    .addColumn('issued_on', 'date')
    .addColumn('change_note', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('closing', 'text', (c) => c.notNull())
    .addColumn('recipients', 'jsonb', (c) => c.notNull())
    .addColumn('archive', 'jsonb', (c) => c.notNull())
    .addColumn('signature', 'jsonb')
    .addColumn('frame_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('content_hash', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('submitted_hash', 'text')
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', 'timestamptz')
    .addColumn('return_reason', 'text')
    .addColumn('frozen_records', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'report_editions_status',
      sql`status IN ('draft', 'in_review', 'approved', 'published')`,
    )
    .addCheckConstraint('report_editions_edition_no', sql`edition_no >= 1`)
    .addCheckConstraint(
      'report_editions_approved_complete',
      sql`status NOT IN ('approved', 'published') OR (number_sequence IS NOT NULL AND number_symbol IS NOT NULL
        AND number_year IS NOT NULL AND issued_on IS NOT NULL AND content_hash IS NOT NULL AND approved_by IS NOT NULL
        AND approved_at IS NOT NULL AND frozen_records IS NOT NULL)`,
    )
    .addCheckConstraint(
      'report_editions_not_self_approved',
      sql`approved_by IS NULL OR approved_by IS DISTINCT FROM submitted_by`,
    )
    .addCheckConstraint('report_editions_correction_note', sql`edition_no = 1 OR change_note IS NOT NULL`)
    .addUniqueConstraint('report_editions_report_edition', ['report_id', 'edition_no'])
    .addUniqueConstraint('report_editions_number', ['number_year', 'number_symbol', 'number_sequence'])
    .execute();
  await db.schema.createIndex('report_editions_status').on('report_editions').column('status').execute();

  await db.schema
    .createTable('report_sections')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('report_editions.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('parent_key', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('division', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_sections_pk', ['edition_id', 'key'])
    .addUniqueConstraint('report_sections_position', ['edition_id', 'position'])
    .execute();

  /** Approved and published editions are immutable: their sections cannot change. */
  await sql`
    CREATE FUNCTION report_sections_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE s text;
    BEGIN
      SELECT status INTO s FROM report_editions WHERE id = COALESCE(NEW.edition_id, OLD.edition_id);
      IF s IN ('approved', 'published') THEN
        RAISE EXCEPTION 'sections of an approved edition are immutable' USING ERRCODE = 'check_violation';
      END IF;
      RETURN COALESCE(NEW, OLD);
    END;
    $$`.execute(db);
  await sql`
    CREATE TRIGGER report_sections_frozen BEFORE UPDATE OR DELETE ON report_sections
    FOR EACH ROW EXECUTE FUNCTION report_sections_frozen()`.execute(db);
  await sql`
    CREATE FUNCTION report_editions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status IN ('approved', 'published') AND (
        NEW.subject IS DISTINCT FROM OLD.subject OR NEW.place IS DISTINCT FROM OLD.place
        OR NEW.closing IS DISTINCT FROM OLD.closing OR NEW.recipients IS DISTINCT FROM OLD.recipients
        OR NEW.archive IS DISTINCT FROM OLD.archive OR NEW.signature IS DISTINCT FROM OLD.signature
        OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.frozen_records IS DISTINCT FROM OLD.frozen_records
        OR NEW.number_sequence IS DISTINCT FROM OLD.number_sequence OR NEW.issued_on IS DISTINCT FROM OLD.issued_on
        OR NEW.approved_by IS DISTINCT FROM OLD.approved_by OR NEW.status NOT IN ('approved', 'published')
      ) THEN
        RAISE EXCEPTION 'an approved edition is immutable' USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END;
    $$`.execute(db);
  await sql`
    CREATE TRIGGER report_editions_frozen BEFORE UPDATE ON report_editions
    FOR EACH ROW EXECUTE FUNCTION report_editions_frozen()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER report_editions_frozen ON report_editions`.execute(db);
  await sql`DROP FUNCTION report_editions_frozen()`.execute(db);
  await sql`DROP TRIGGER report_sections_frozen ON report_sections`.execute(db);
  await sql`DROP FUNCTION report_sections_frozen()`.execute(db);
  await db.schema.dropTable('report_sections').execute();
  await db.schema.dropTable('report_editions').execute();
  await db.schema.dropTable('reports').execute();
}
