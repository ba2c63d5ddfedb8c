import {
  type Database,
  type DbExecutor,
  type DbTransaction,
  findEditionById,
  lockEdition,
  type StoredEdition,
  updateEditionWorkflow,
  type WorkflowPatch,
  withTransaction,
} from '@khcn/db';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { DomainError, type Section, type SectionContent, type WorkflowState } from '@khcn/domain';

/** The edition, or NOT_FOUND with a Vietnamese message. */
export async function requireEdition(db: DbExecutor, editionId: string): Promise<StoredEdition> {
  const stored = await findEditionById(db, editionId);
  if (!stored) {
    throw new DomainError('NOT_FOUND', `Edition ${editionId} not found`, {
      userMessage: 'Không tìm thấy bản báo cáo.',
    });
  }
  return stored;
}

/** Runs `work` in a transaction holding the edition's row lock, with the edition as it is under the lock. */
export function withLockedEdition<T>(
  db: Database,
  editionId: string,
  work: (trx: DbTransaction, stored: StoredEdition) => Promise<T>,
): Promise<T> {
  return withTransaction(db, async (trx) => {
    await lockEdition(trx, editionId);
    return work(trx, await requireEdition(trx, editionId));
  });
}

/**
 * Moves a locked edition in the workflow (from the status it has under the lock: nothing else can have moved it)
 * and, with `audit`, records the move with the status it left.
 */
export async function moveLockedEdition(
  trx: DbTransaction,
  ctx: AuditContext,
  stored: StoredEdition,
  move: { patch: WorkflowPatch; at?: Date; audit?: { action: string; after: Record<string, unknown> } },
): Promise<void> {
  const { id, status } = stored.edition;
  const moved = await updateEditionWorkflow(trx, {
    editionId: id,
    expectedStatus: status,
    at: move.at ?? ctx.now(),
    patch: move.patch,
  });
  if (!moved) throw new Error(`Edition ${id} left ${status} while locked`);
  if (move.audit) {
    await recordAudit(trx, ctx, {
      action: move.audit.action,
      entityKind: 'report_edition',
      entityId: id,
      before: { status },
      after: move.audit.after,
    });
  }
}

/** One section of the edition's outline, or NOT_FOUND. */
export function requireSection(stored: StoredEdition, key: string): Section {
  const section = stored.edition.content.sections.find((s) => s.key === key);
  if (!section) {
    throw new DomainError('NOT_FOUND', `Section ${key} not in edition ${stored.edition.id}`, {
      userMessage: `Báo cáo không có mục ${key}.`,
    });
  }
  return section;
}

/** The workflow part of a stored edition, as the domain state machine takes it. */
export function workflowStateOf(stored: StoredEdition): WorkflowState {
  return {
    status: stored.edition.status,
    submittedBy: stored.edition.submittedBy,
    approvedBy: stored.edition.approvedBy,
    returnReason: stored.edition.returnReason,
    submittedHash: stored.submittedHash,
  };
}

/** The editable content of a section (what `updateSection` replaces). */
export function sectionContentOf(section: Section): SectionContent {
  return {
    title: section.title,
    blocks: section.blocks,
    facts: section.facts,
    legalRefs: section.legalRefs,
    recordRefs: section.recordRefs,
  };
}
