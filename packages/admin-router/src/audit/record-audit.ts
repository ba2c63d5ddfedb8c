import { type AuditEntry, type DbTransaction, insertAuditEntry } from '@khcn/db';
import type { Context } from '../context.ts';

/** What an audit entry takes from the request: who, when, which request. */
export type AuditContext = Pick<Context, 'actor' | 'now' | 'requestId'>;

/** Writes one audit entry in the caller's transaction: who (ctx.actor), what, when (ctx.now), before/after. */
export function recordAudit(
  trx: DbTransaction,
  ctx: AuditContext,
  entry: Omit<AuditEntry, 'at' | 'actorId' | 'requestId'>,
): Promise<void> {
  return insertAuditEntry(trx, {
    ...entry,
    at: ctx.now(),
    actorId: ctx.actor?.userId ?? null,
    requestId: ctx.requestId,
  });
}
