import { type AuditEntry, type Database, withTransaction } from '@khcn/db';
import { type DomainError, isDomainError } from '@khcn/domain';
import type { Context } from '../context.ts';
import { type AuditContext, recordAudit } from './record-audit.ts';

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

/** What a refused change would have written, for the audit log. */
export type RejectedChange = Omit<AuditEntry, 'at' | 'actorId' | 'requestId' | 'outcome' | 'after'> & {
  after: Record<string, unknown>;
};

/**
 * Runs `work`; when it fails on a version conflict (someone saved first), the attempt is audited as rejected with
 * what `describe` says the user tried to write (and `reason: 'CONFLICT'`), then the error goes on to the caller.
 */
export async function auditConflict<T>(
  ctx: AuditContext & { db: Database },
  describe: (conflict: DomainError) => RejectedChange,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error) && error.code === 'CONFLICT') {
      const change = describe(error);
      await recordRejectedAttempt(ctx.db, ctx, { ...change, after: { ...change.after, reason: 'CONFLICT' } });
    }
    throw error;
  }
}
