import { deleteFindingCheck, putFindingCheck } from '@khcn/db';
import { DomainError, isEditable, requireSectionEditor } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { reconcileStoredEdition } from './load-reconciliation-context.ts';
import type { CheckFindingInput } from './report-inputs.schema.ts';
import { withLockedEdition } from './require-edition.ts';

/**
 * Marks a warning of a draft or submitted edition as checked (or takes the mark back): someone who may edit
 * the section it concerns says the carried-over words or the repeated figure are right. Audited. Errors
 * cannot be marked: they must be fixed.
 */
export async function checkFinding(
  ctx: AuthedContext,
  input: CheckFindingInput,
): Promise<{ checked: boolean }> {
  return withLockedEdition(ctx.db, input.editionId, async (trx, stored) => {
    const { edition } = stored;
    if (!isEditable(edition.status) && edition.status !== 'in_review') {
      throw new DomainError('IMMUTABLE', `Edition ${edition.id} is ${edition.status}`, {
        userMessage: 'Báo cáo đã được phê duyệt; không thể đánh dấu cảnh báo.',
      });
    }
    const finding = (await reconcileStoredEdition(trx, stored)).find((f) => f.key === input.key);
    if (finding?.severity !== 'warning') {
      throw new DomainError('NOT_FOUND', `No warning ${input.key} in ${edition.id}`, {
        userMessage: 'Cảnh báo này không còn (nội dung đã thay đổi); hãy tải lại báo cáo.',
      });
    }
    const section = edition.content.sections.find((s) => s.key === finding.sectionKey);
    if (section) requireSectionEditor(ctx.actor, section.division);
    if (input.checked) {
      await putFindingCheck(trx, {
        editionId: edition.id,
        key: input.key,
        by: ctx.actor.userId,
        at: ctx.now(),
      });
    } else {
      await deleteFindingCheck(trx, { editionId: edition.id, key: input.key });
    }
    await recordAudit(trx, ctx, {
      action: input.checked ? 'report.checkFinding' : 'report.uncheckFinding',
      entityKind: 'report_edition',
      entityId: edition.id,
      after: { key: input.key, code: finding.code, sectionKey: finding.sectionKey, message: finding.message },
    });
    return { checked: input.checked };
  });
}
