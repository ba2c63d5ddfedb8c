import type { Transaction } from 'kysely';
import { type Database, toJson } from './create-db.ts';
import type { DB } from './schema.ts';

type Executor = Database | Transaction<DB>;

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

export async function insertAuditEntry(db: Executor, e: AuditEntry): Promise<void> {
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

export async function listAuditEntries(db: Executor, f: AuditFilter) {
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
