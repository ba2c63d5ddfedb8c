import { updateEditionWorkflow } from '@khcn/db';
import { transitionEdition } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { ReturnReportInput } from './report-inputs.schema.ts';
import { workflowStateOf, withLockedEdition } from './require-edition.ts';

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
    const moved = await updateEditionWorkflow(trx, {
      editionId: input.editionId,
      expectedStatus: 'in_review',
      at: ctx.now(),
      patch: { status: next.status, returnReason: next.returnReason, submittedHash: null },
    });
    if (!moved) throw new Error(`Edition ${input.editionId} left in_review while locked`);
    await recordAudit(trx, ctx, {
      action: 'report.return',
      entityKind: 'report_edition',
      entityId: input.editionId,
      before: { status: stored.edition.status },
      after: { status: next.status, reason: next.returnReason },
    });
    return { editionId: input.editionId };
  });
}
