import { foldText, type Organisation } from '@khcn/domain';
import { type DbExecutor, toJson } from './create-db.ts';

export async function upsertOrganisation(db: DbExecutor, org: Organisation, at: Date): Promise<void> {
  const values = {
    id: org.id,
    kind: org.kind,
    names: toJson(org.names),
    search_key: foldText(org.names.map((n) => n.name).join(' ')),
    updated_at: at,
  };
  await db
    .insertInto('organisations')
    .values(values)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({ ...values, version: eb('organisations.version', '+', 1) })),
    )
    .execute();
}

export async function findOrganisation(
  db: DbExecutor,
  id: string,
): Promise<(Organisation & { version: number }) | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row
    ? {
        id: row.id,
        kind: row.kind as Organisation['kind'],
        names: row.names,
        version: row.version,
      }
    : undefined;
}

export async function listOrganisations(db: DbExecutor, args: { query?: string | undefined } = {}) {
  let q = db.selectFrom('organisations').selectAll();
  for (const word of foldText(args.query ?? '')
    .split(' ')
    .filter(Boolean))
    q = q.where('search_key', 'like', `%${word}%`);
  const rows = await q.orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as Organisation['kind'],
    names: row.names,
    version: row.version,
  }));
}
