import { type DbExecutor, findEditionById, type StoredEdition } from '@khcn/db';
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
