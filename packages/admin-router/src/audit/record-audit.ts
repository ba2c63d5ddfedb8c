import { type AuditEntry, type DbTransaction, insertAuditEntry } from '@khcn/db';
import type { Context } from '../context.ts';

/** Writes one audit entry in the caller's transaction: who (ctx.actor), what, when (ctx.now), before/after. */
export function recordAudit(
  trx: DbTransaction,
  ctx: Pick<Context, 'actor' | 'now' | 'requestId'>,
  entry: Omit<AuditEntry, 'at' | 'actorId' | 'requestId'>,
): Promise<void> {
  return insertAuditEntry(trx, {
    ...entry,
    at: ctx.now(),
    actorId: ctx.actor?.userId ?? null,
    requestId: ctx.requestId,
  });
}
