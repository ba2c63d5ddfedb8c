import { deleteSession, withTransaction } from '@khcn/db';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from './authed-context.ts';

/** Ends the current session and clears its cookie. */
export async function signOut(ctx: AuthedContext): Promise<{ signedOut: true }> {
  await withTransaction(ctx.db, async (trx) => {
    await deleteSession(trx, ctx.actor.sessionId);
    await recordAudit(trx, ctx, { action: 'auth.signOut', entityKind: 'user', entityId: ctx.actor.userId });
  });
  ctx.sessionCookie.clear();
  return { signedOut: true };
}
