import { findLatestEditionOfReport, insertEdition } from '@khcn/db';
import { DomainError, requireCorrectable, requirePermission } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { OpenCorrectionInput } from './report-inputs.schema.ts';
import { withLockedEdition } from './require-edition.ts';

/**
 * Opens a correction (đính chính) of an approved edition: a new draft edition, a copy of it, carrying the
 * public change note. The approved edition stays as it was; the correction goes through the same workflow.
 */
export async function openCorrection(
  ctx: AuthedContext,
  input: OpenCorrectionInput,
): Promise<{ editionId: string; editionNo: number }> {
  requirePermission(ctx.actor, 'report.openCorrection');
  return withLockedEdition(ctx.db, input.editionId, async (trx, stored) => {
    requireCorrectable(stored.edition.status);
    const latest = await findLatestEditionOfReport(trx, stored.edition.reportId);
    if (latest && latest.edition.id !== stored.edition.id) {
      throw new DomainError('INVALID_TRANSITION', `Edition ${latest.edition.editionNo} supersedes this one`, {
        userMessage: `Báo cáo đã có bản đính chính lần ${latest.edition.editionNo}; hãy làm tiếp trên bản đó.`,
        details: { latestEditionId: latest.edition.id },
      });
    }
    const editionId = ctx.newId();
    const editionNo = stored.edition.editionNo + 1;
    await insertEdition(trx, {
      id: editionId,
      reportId: stored.edition.reportId,
      editionNo,
      changeNote: input.changeNote,
      content: stored.edition.content,
      at: ctx.now(),
      by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'report.openCorrection',
      entityKind: 'report_edition',
      entityId: editionId,
      before: { editionId: stored.edition.id, editionNo: stored.edition.editionNo },
      after: { editionId, editionNo, changeNote: input.changeNote },
    });
    return { editionId, editionNo };
  });
}
