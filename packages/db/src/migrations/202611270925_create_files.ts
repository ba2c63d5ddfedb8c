import { type Kysely, sql } from 'kysely';

/** Uploaded and generated files; bytes live on disk outside any web root, addressed by sha256. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('files_purpose', sql`purpose IN ('publication_pdf', 'report_docx', 'report_pdf')`)
    .addCheckConstraint('files_sha256', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .execute();
  await db.schema
    .createTable('edition_documents')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('report_editions.id').onDelete('cascade'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addPrimaryKeyConstraint('edition_documents_pk', ['edition_id', 'format'])
    .addCheckConstraint('edition_documents_format', sql`format IN ('docx', 'pdf')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('edition_documents').execute();
  await db.schema.dropTable('files').execute();
}
