import { hashWithLinkedRecords } from '@khcn/db';
import { DomainError, outlineNumber, transitionEdition } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { reconcileStoredEdition } from './load-reconciliation-context.ts';
import { workflowStateOf, withLockedEdition, moveLockedEdition } from './require-edition.ts';

/**
 * Submits a draft for approval (draft -> in_review), recording who submitted and the hash of the content with
 * its linked records as they are now (what the leader will review). Blocking
 * reconciliation errors (sums, figures against the narrative...) refuse the submission and are listed.
 */
export async function submitReport(
  ctx: AuthedContext,
  input: { editionId: string },
): Promise<{ editionId: string; contentHash: string }> {
  return withLockedEdition(ctx.db, input.editionId, async (trx, stored) => {
    const { hash: contentHash } = await hashWithLinkedRecords(trx, stored.edition.content);
    const next = transitionEdition(workflowStateOf(stored), { type: 'submit', contentHash }, ctx.actor);
    const errors = (await reconcileStoredEdition(trx, stored)).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      const sections = stored.edition.content.sections;
      throw new DomainError('VALIDATION_FAILED', `${errors.length} blocking reconciliation findings`, {
        userMessage: `Chưa thể trình: báo cáo còn ${errors.length} lỗi số liệu cần sửa: ${errors
          .map((f) =>
            f.sectionKey ? `mục ${outlineNumber(sections, f.sectionKey)}: ${f.message}` : f.message,
          )
          .join('; ')}`,
        fieldErrors: errors.map((f) => ({
          path: ['sections', f.sectionKey, f.path].filter(Boolean).join('.'),
          message: f.message,
        })),
        details: { findings: errors },
      });
    }
    await moveLockedEdition(trx, ctx, stored, {
      patch: {
        status: next.status,
        submittedBy: next.submittedBy,
        submittedHash: next.submittedHash,
        returnReason: null,
      },
      audit: { action: 'report.submit', after: { status: next.status, contentHash } },
    });
    return { editionId: input.editionId, contentHash };
  });
}
