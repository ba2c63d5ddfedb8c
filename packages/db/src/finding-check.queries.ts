import type { DbExecutor } from './create-db.ts';

/** A warning of an edition marked as checked: by whom and when. */
export type FindingCheck = { key: string; checkedBy: string; checkedByName: string; checkedAt: string };

export async function listFindingChecks(db: DbExecutor, editionId: string): Promise<FindingCheck[]> {
  const rows = await db
    .selectFrom('finding_checks as c')
    .innerJoin('users as u', 'u.id', 'c.checked_by')
    .select(['c.finding_key', 'c.checked_by', 'u.display_name', 'c.checked_at'])
    .where('c.edition_id', '=', editionId)
    .orderBy('c.checked_at')
    .execute();
  return rows.map((r) => ({
    key: r.finding_key,
    checkedBy: r.checked_by,
    checkedByName: r.display_name,
    checkedAt: new Date(r.checked_at).toISOString(),
  }));
}

/** Marks a warning as checked (again: the latest check counts). */
export async function putFindingCheck(
  db: DbExecutor,
  args: { editionId: string; key: string; by: string; at: Date },
): Promise<void> {
  await db
    .insertInto('finding_checks')
    .values({ edition_id: args.editionId, finding_key: args.key, checked_by: args.by, checked_at: args.at })
    .onConflict((oc) =>
      oc.columns(['edition_id', 'finding_key']).doUpdateSet({ checked_by: args.by, checked_at: args.at }),
    )
    .execute();
}

/** Takes a check back; returns whether there was one. */
export async function deleteFindingCheck(
  db: DbExecutor,
  args: { editionId: string; key: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('finding_checks')
    .where('edition_id', '=', args.editionId)
    .where('finding_key', '=', args.key)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
