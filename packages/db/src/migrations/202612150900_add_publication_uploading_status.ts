import { type Kysely, sql } from 'kysely';

/**
 * Publications gain the `uploading` status: the stage in which a release is sent to each release target (the local
 * folder, a host over SSH, an S3 bucket; docs/decisions/0016-release-targets-and-scale-out.md). Self-contained: the list is
 * written out here, not imported, so the migration never changes with the code.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE publications DROP CONSTRAINT publications_status`.execute(db);
  await sql`ALTER TABLE publications ADD CONSTRAINT publications_status CHECK (status IN ('queued', 'exporting', 'building', 'indexing', 'checking', 'uploading', 'switching', 'live', 'failed', 'superseded', 'retired'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE publications SET status = 'failed', error = coalesce(error, 'uploading (down migration)') WHERE status = 'uploading'`.execute(
    db,
  );
  await sql`ALTER TABLE publications DROP CONSTRAINT publications_status`.execute(db);
  await sql`ALTER TABLE publications ADD CONSTRAINT publications_status CHECK (status IN ('queued', 'exporting', 'building', 'indexing', 'checking', 'switching', 'live', 'failed', 'superseded', 'retired'))`.execute(
    db,
  );
}
