import { deleteUserSessions, withTransaction } from '@khcn/db';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from './authed-context.ts';

/** Ends every session of the signed-in user, this one included (a lost laptop, a shared computer). */
export async function signOutEverywhere(ctx: AuthedContext): Promise<{ sessionsEnded: number }> {
  const sessionsEnded = await withTransaction(ctx.db, async (trx) => {
    const count = await deleteUserSessions(trx, ctx.actor.userId);
    await recordAudit(trx, ctx, {
      action: 'auth.signOutEverywhere',
      entityKind: 'user',
      entityId: ctx.actor.userId,
      after: { sessionsEnded: count },
    });
    return count;
  });
  ctx.sessionCookie.clear();
  return { sessionsEnded };
}
