import { DomainError } from '../errors/domain-error.ts';
import { type Actor, hasPermission, type Permission } from '../auth/role.rules.ts';
import type { EditionStatus } from './report.schema.ts';

/** The workflow-relevant part of an edition. */
export type WorkflowState = {
  status: EditionStatus;
  submittedBy: string | null;
  approvedBy: string | null;
  returnReason: string | null;
  /** Hash of the content when it was submitted; approval must match it. */
  submittedHash: string | null;
};

export type WorkflowAction =
  | { type: 'submit'; contentHash: string }
  | { type: 'return'; reason: string }
  | { type: 'approve'; reviewedHash: string; currentHash: string }
  | { type: 'publish' };

export const initialWorkflowState: WorkflowState = {
  status: 'draft',
  submittedBy: null,
  approvedBy: null,
  returnReason: null,
  submittedHash: null,
};

const actionPermission: Record<WorkflowAction['type'], Permission | null> = {
  submit: 'report.submit',
  return: 'report.return',
  approve: 'report.approve',
  publish: null,
};

const allowedFrom: Record<WorkflowAction['type'], EditionStatus> = {
  submit: 'draft',
  return: 'in_review',
  approve: 'in_review',
  publish: 'approved',
};

const statusWords: Record<EditionStatus, string> = {
  draft: 'đang soạn thảo',
  in_review: 'đã trình',
  approved: 'đã duyệt',
  published: 'đã công khai',
};

/**
 * The report workflow as a pure state machine: draft -> in_review -> approved -> published,
 * in_review -> draft on return (reason required). The approver is never the submitter, and approval is
 * bound to the content hash the approver reviewed. `actor` is null only for the system's publish step.
 */
export function transitionEdition(
  state: WorkflowState,
  action: WorkflowAction,
  actor: Actor | null,
): WorkflowState {
  const permission = actionPermission[action.type];
  if (permission) {
    if (!actor || !hasPermission(actor, permission)) {
      throw new DomainError('FORBIDDEN', `${action.type} needs ${permission}`, {
        userMessage: 'Bạn không có quyền thực hiện thao tác này với báo cáo.',
      });
    }
  }
  if (state.status !== allowedFrom[action.type]) {
    throw new DomainError('INVALID_TRANSITION', `Cannot ${action.type} from ${state.status}`, {
      userMessage: `Không thể thực hiện vì báo cáo ${statusWords[state.status]}.`,
      details: { from: state.status, action: action.type },
    });
  }
  switch (action.type) {
    case 'submit':
      return {
        status: 'in_review',
        submittedBy: actor!.userId,
        approvedBy: null,
        returnReason: null,
        submittedHash: action.contentHash,
      };
    case 'return': {
      const reason = action.reason.trim();
      if (reason.length < 5) {
        throw new DomainError('REASON_REQUIRED', 'Return needs a reason', {
          userMessage: 'Lý do trả lại: cần ghi rõ (ít nhất 5 ký tự).',
          fieldErrors: [{ path: 'reason', message: 'Lý do trả lại: cần ghi rõ (ít nhất 5 ký tự).' }],
        });
      }
      return { ...state, status: 'draft', returnReason: reason, submittedHash: null };
    }
    case 'approve':
      if (actor!.userId === state.submittedBy) {
        throw new DomainError('SELF_APPROVAL', 'Approver is the submitter', {
          userMessage: 'Người trình báo cáo không được tự phê duyệt.',
        });
      }
      if (action.reviewedHash !== action.currentHash || action.currentHash !== state.submittedHash) {
        throw new DomainError('CONTENT_CHANGED', 'Content changed since it was reviewed', {
          userMessage:
            'Nội dung báo cáo đã thay đổi sau khi trình (lời văn, số liệu hoặc hồ sơ liên kết); hãy xem lại, ' +
            'và trả lại để người soạn trình lại nếu cần, trước khi phê duyệt.',
        });
      }
      return { ...state, status: 'approved', approvedBy: actor!.userId };
    case 'publish':
      return { ...state, status: 'published' };
  }
}

/** Content may change only while the edition is a draft. */
export function isEditable(status: EditionStatus): boolean {
  return status === 'draft';
}

export function requireEditable(status: EditionStatus): void {
  if (!isEditable(status)) {
    throw new DomainError('IMMUTABLE', `Edition is ${status}`, {
      userMessage:
        status === 'in_review'
          ? 'Báo cáo đã trình, không thể sửa; cần trả lại để chỉnh sửa.'
          : 'Báo cáo đã duyệt không thể sửa; hãy mở đính chính.',
    });
  }
}

/** A correction may be opened on an approved or published edition only. */
export function requireCorrectable(status: EditionStatus): void {
  if (status !== 'approved' && status !== 'published') {
    throw new DomainError('INVALID_TRANSITION', `Cannot correct a ${status} edition`, {
      userMessage: 'Chỉ mở đính chính cho báo cáo đã duyệt.',
    });
  }
}
