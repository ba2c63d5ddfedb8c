import { type Kysely, sql } from 'kysely';

/**
 * Records gain a kind: declarations of conformity (công bố hợp chuẩn, hợp quy; ADR 0017), whose level column holds
 * whether the declaration is to a standard or to a technical regulation. Going down refuses while such records
 * exist: it would have to delete staff's data, so they must be removed (or the release kept) first.
 * Self-contained on purpose: a migration must not change when the code around it does.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE records DROP CONSTRAINT records_kind`.execute(db);
  await sql`ALTER TABLE records ADD CONSTRAINT records_kind CHECK (kind IN ('task', 'appraisal', 'transfer', 'event', 'listing', 'publication', 'inspection', 'declaration'))`.execute(
    db,
  );
  await sql`ALTER TABLE records ADD CONSTRAINT records_declaration_level CHECK (kind <> 'declaration' OR level IN ('standard', 'regulation'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  const found = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM records WHERE kind = 'declaration'`.execute(db);
  const n = found.rows[0]?.n ?? 0;
  if (n > 0)
    throw new Error(
      `Không thể quay lui: còn ${n} hồ sơ công bố hợp chuẩn, hợp quy; bản trước không lưu được loại hồ sơ này.`,
    );
  await sql`ALTER TABLE records DROP CONSTRAINT records_declaration_level`.execute(db);
  await sql`ALTER TABLE records DROP CONSTRAINT records_kind`.execute(db);
  await sql`ALTER TABLE records ADD CONSTRAINT records_kind CHECK (kind IN ('task', 'appraisal', 'transfer', 'event', 'listing', 'publication', 'inspection'))`.execute(
    db,
  );
}
