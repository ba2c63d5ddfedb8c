import { withTransaction } from '@khcn/db';
import { requirePermission } from '@khcn/domain';
import { requestPublication } from '@khcn/publisher';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';

/** Publishes the latest approved state now (lãnh đạo or quản trị): a queued publication and its job, together. */
export async function publishNow(ctx: AuthedContext) {
  requirePermission(ctx.actor, 'publication.publish');
  const id = ctx.newId();
  await withTransaction(ctx.db, async (trx) => {
    await requestPublication(trx, ctx.publishQueue, {
      id,
      trigger: 'manual',
      editionId: null,
      requestedBy: ctx.actor.userId,
      at: ctx.now(),
    });
    await recordAudit(trx, ctx, {
      action: 'publication.request',
      entityKind: 'publication',
      entityId: id,
      after: { trigger: 'manual' },
    });
  });
  return { id };
}
