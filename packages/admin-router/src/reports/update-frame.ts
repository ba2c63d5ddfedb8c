import { updateFrameIfVersion } from '@khcn/db';
import { DomainError, frameOf, requireEditable, requirePermission } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import { auditConflict } from '../audit/record-rejected-attempt.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { UpdateFrameInput } from './report-inputs.schema.ts';
import { withLockedEdition } from './require-edition.ts';

/**
 * Văn thư or lãnh đạo edits a draft's frame (subject, place, recipients, archive line, closing, signature
 * block) with optimistic concurrency, like a section.
 */
export async function updateFrame(
  ctx: AuthedContext,
  input: UpdateFrameInput,
): Promise<{ frameVersion: number }> {
  requirePermission(ctx.actor, 'report.editFrame');
  return auditConflict(
    ctx,
    (conflict) => ({
      action: 'report.updateFrame',
      entityKind: 'report_edition',
      entityId: input.editionId,
      before: { frameVersion: conflict.details.currentVersion, frame: conflict.details.currentFrame },
      after: { frameVersion: input.frameVersion, frame: input.frame },
    }),
    () =>
      withLockedEdition(ctx.db, input.editionId, async (trx, stored) => {
        requireEditable(stored.edition.status);
        const before = frameOf(stored.edition.content);
        const frameVersion = await updateFrameIfVersion(trx, {
          editionId: input.editionId,
          expectedVersion: input.frameVersion,
          frame: input.frame,
          at: ctx.now(),
        });
        if (frameVersion === null) {
          throw new DomainError('CONFLICT', `Frame of ${input.editionId} is at ${stored.frameVersion}`, {
            userMessage:
              'Phần khung báo cáo (trích yếu, nơi nhận, chữ ký) vừa được người khác lưu; hãy xem bản mới nhất rồi lưu lại.',
            details: {
              yourVersion: input.frameVersion,
              currentVersion: stored.frameVersion,
              currentFrame: before,
            },
          });
        }
        await recordAudit(trx, ctx, {
          action: 'report.updateFrame',
          entityKind: 'report_edition',
          entityId: input.editionId,
          before: { frameVersion: stored.frameVersion, frame: before },
          after: { frameVersion, frame: input.frame },
        });
        return { frameVersion };
      }),
  );
}
