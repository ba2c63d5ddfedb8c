import { type AuditEntry, type Database, withTransaction } from '@khcn/db';
import type { Context } from '../context.ts';
import { recordAudit } from './record-audit.ts';

/**
 * Audits a refused mutation (outcome 'rejected') in a small transaction of its own, after the failed one
 * rolled back: the log shows the attempt, with what the user tried to write, even though nothing changed.
 */
export async function recordRejectedAttempt(
  db: Database,
  ctx: Pick<Context, 'actor' | 'now' | 'requestId'>,
  entry: Omit<AuditEntry, 'at' | 'actorId' | 'requestId' | 'outcome'>,
): Promise<void> {
  await withTransaction(db, (trx) => recordAudit(trx, ctx, { ...entry, outcome: 'rejected' }));
}
