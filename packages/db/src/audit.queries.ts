import { type DbExecutor, toJson } from './create-db.ts';

export type AuditEntry = {
  at: Date;
  actorId: string | null;
  action: string;
  entityKind: string;
  entityId: string | null;
  outcome?: 'ok' | 'rejected';
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
};

export async function insertAuditEntry(db: DbExecutor, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      actor_id: e.actorId,
      action: e.action,
      entity_kind: e.entityKind,
      entity_id: e.entityId,
      outcome: e.outcome ?? 'ok',
      before: e.before === undefined ? null : toJson(e.before),
      after: e.after === undefined ? null : toJson(e.after),
      request_id: e.requestId ?? null,
    })
    .execute();
}

export type AuditFilter = {
  actorId?: string | undefined;
  action?: string | undefined;
  entityKind?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page: number;
  pageSize: number;
};

export async function listAuditEntries(db: DbExecutor, f: AuditFilter) {
  let q = db.selectFrom('audit_log as a').leftJoin('users as u', 'u.id', 'a.actor_id');
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId);
  if (f.action) q = q.where('a.action', '=', f.action);
  if (f.entityKind) q = q.where('a.entity_kind', '=', f.entityKind);
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
  if (f.from) q = q.where('a.at', '>=', f.from);
  if (f.to) q = q.where('a.at', '<', f.to);
  const [rows, total] = await Promise.all([
    q
      .selectAll('a')
      .select('u.display_name as actor_name')
      .orderBy('a.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityKind: r.entity_kind,
      entityId: r.entity_id,
      outcome: r.outcome,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
    })),
    total: Number(total.n),
  };
}

/** What an id in the audit log stands for, found in the table that holds it. */
export type AuditSubjects = {
  users: Map<string, { displayName: string; username: string }>;
  editions: Map<string, { period: string; editionNo: number }>;
  publications: Map<string, { seq: number }>;
  records: Map<string, { kind: string; title: string }>;
  organisations: Map<string, { name: string }>;
};

/**
 * The users, report editions, publications, records and organisations among `ids`, for the audit log to show
 * names instead of ids. Ids of no table are simply absent.
 */
export async function findAuditSubjects(db: DbExecutor, ids: readonly string[]): Promise<AuditSubjects> {
  const wanted = [...new Set(ids)].filter((id) => id.length > 0 && id.length <= 200);
  const subjects: AuditSubjects = {
    users: new Map(),
    editions: new Map(),
    publications: new Map(),
    records: new Map(),
    organisations: new Map(),
  };
  if (wanted.length === 0) return subjects;
  const [users, editions, publications, records, organisations] = await Promise.all([
    db.selectFrom('users').select(['id', 'display_name', 'username']).where('id', 'in', wanted).execute(),
    db
      .selectFrom('report_editions as e')
      .innerJoin('reports as r', 'r.id', 'e.report_id')
      .select(['e.id', 'e.edition_no', 'r.period'])
      .where('e.id', 'in', wanted)
      .execute(),
    db.selectFrom('publications').select(['id', 'seq']).where('id', 'in', wanted).execute(),
    db.selectFrom('records').select(['id', 'kind', 'title']).where('id', 'in', wanted).execute(),
    db.selectFrom('organisations').select(['id', 'names']).where('id', 'in', wanted).execute(),
  ]);
  for (const u of users) subjects.users.set(u.id, { displayName: u.display_name, username: u.username });
  for (const e of editions) subjects.editions.set(e.id, { period: e.period, editionNo: e.edition_no });
  for (const p of publications) subjects.publications.set(p.id, { seq: Number(p.seq) });
  for (const r of records) subjects.records.set(r.id, { kind: r.kind, title: r.title });
  for (const o of organisations) {
    const names = o.names ?? [];
    const name = [...names].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '')).at(-1)?.name;
    if (name) subjects.organisations.set(o.id, { name });
  }
  return subjects;
}
