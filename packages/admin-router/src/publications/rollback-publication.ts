import { DomainError, requirePermission } from '@khcn/domain';
import { rollbackRelease } from '@khcn/publisher';
import type { AuthedContext } from '../auth/authed-context.ts';

/**
 * Switches the live public site back to an earlier publication's release on every release target (lãnh đạo or
 * quản trị). Audited.
 */
export async function rollbackPublication(ctx: AuthedContext, input: { id: string }) {
  requirePermission(ctx.actor, 'publication.rollback');
  if (!ctx.siteReleases) {
    throw new DomainError('INVALID_TRANSITION', 'This API does not host the site releases', {
      userMessage:
        'Máy chủ này không giữ các bản phát hành trang công khai; hãy quay lui bằng lệnh pnpm site:rollback trên máy chủ xuất bản.',
    });
  }
  const result = await rollbackRelease(
    { db: ctx.db, store: ctx.siteReleases, targets: ctx.siteTargets, now: ctx.now },
    { publicationId: input.id, actorId: ctx.actor.userId, requestId: ctx.requestId },
  );
  return { id: input.id, previousLiveId: result.previousLiveId };
}
