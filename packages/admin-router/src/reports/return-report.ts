import { transitionEdition } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { ReturnReportInput } from './report-inputs.schema.ts';
import { workflowStateOf, withLockedEdition, moveLockedEdition } from './require-edition.ts';

/** Returns a submitted edition to its authors (in_review -> draft) with the reason, which they see. */
export async function returnReport(
  ctx: AuthedContext,
  input: ReturnReportInput,
): Promise<{ editionId: string }> {
  return withLockedEdition(ctx.db, input.editionId, async (trx, stored) => {
    const next = transitionEdition(
      workflowStateOf(stored),
      { type: 'return', reason: input.reason },
      ctx.actor,
    );
    await moveLockedEdition(trx, ctx, stored, {
      patch: { status: next.status, returnReason: next.returnReason, submittedHash: null },
      audit: { action: 'report.return', after: { status: next.status, reason: next.returnReason } },
    });
    return { editionId: input.editionId };
  });
}
