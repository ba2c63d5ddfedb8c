import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/role.rules.ts';
import { DomainError } from '../errors/domain-error.ts';
import {
  initialWorkflowState,
  transitionEdition,
  type WorkflowAction,
  type WorkflowState,
} from './report-workflow.rules.ts';

const actor = (userId: string, ...roles: Role[]): Actor => ({ userId, roles, divisions: ['QLKH'] });
const editor = actor('u-editor', 'editor');
const leader = actor('u-leader', 'leader');
const leader2 = actor('u-leader-2', 'leader', 'clerk');

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return null;
};

describe('report workflow', () => {
  it('goes draft -> in_review -> approved -> published', () => {
    let s = transitionEdition(initialWorkflowState, { type: 'submit', contentHash: 'h1' }, editor);
    expect(s).toMatchObject({ status: 'in_review', submittedBy: 'u-editor', submittedHash: 'h1' });
    s = transitionEdition(s, { type: 'approve', reviewedHash: 'h1', currentHash: 'h1' }, leader);
    expect(s).toMatchObject({ status: 'approved', approvedBy: 'u-leader' });
    s = transitionEdition(s, { type: 'publish' }, null);
    expect(s.status).toBe('published');
  });

  it('returns to draft only with a reason', () => {
    const s = transitionEdition(initialWorkflowState, { type: 'submit', contentHash: 'h1' }, editor);
    expect(codeOf(() => transitionEdition(s, { type: 'return', reason: '  ' }, leader))).toBe(
      'REASON_REQUIRED',
    );
    const back = transitionEdition(s, { type: 'return', reason: 'Bổ sung số liệu mục IV' }, leader);
    expect(back).toMatchObject({ status: 'draft', returnReason: 'Bổ sung số liệu mục IV' });
  });

  it('refuses self-approval, a changed content hash, and the wrong role', () => {
    const s = transitionEdition(
      initialWorkflowState,
      { type: 'submit', contentHash: 'h1' },
      actor('u-both', 'clerk', 'leader'),
    );
    expect(
      codeOf(() =>
        transitionEdition(
          s,
          { type: 'approve', reviewedHash: 'h1', currentHash: 'h1' },
          actor('u-both', 'leader'),
        ),
      ),
    ).toBe('SELF_APPROVAL');
    expect(
      codeOf(() => transitionEdition(s, { type: 'approve', reviewedHash: 'h1', currentHash: 'h2' }, leader)),
    ).toBe('CONTENT_CHANGED');
    expect(
      codeOf(() =>
        transitionEdition(
          s,
          { type: 'approve', reviewedHash: 'h1', currentHash: 'h1' },
          actor('u-admin', 'admin'),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        transitionEdition(
          initialWorkflowState,
          { type: 'approve', reviewedHash: 'x', currentHash: 'x' },
          leader,
        ),
      ),
    ).toBe('INVALID_TRANSITION');
  });

  it('never reaches approved without a leader distinct from the submitter, whatever the sequence', () => {
    const actors = [
      editor,
      leader,
      leader2,
      actor('u-admin', 'admin'),
      actor('u-head', 'head'),
      actor('u-clerk', 'clerk'),
    ];
    const hashes = ['h1', 'h2'];
    const actionArb: fc.Arbitrary<WorkflowAction> = fc.oneof(
      fc.constantFrom(...hashes).map((h) => ({ type: 'submit' as const, contentHash: h })),
      fc.constantFrom('', 'Thiếu số liệu', 'ok').map((r) => ({ type: 'return' as const, reason: r })),
      fc
        .tuple(fc.constantFrom(...hashes), fc.constantFrom(...hashes))
        .map(([a, b]) => ({ type: 'approve' as const, reviewedHash: a, currentHash: b })),
      fc.constant({ type: 'publish' as const }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(actionArb, fc.constantFrom(...actors)), { maxLength: 30 }), (steps) => {
        let state: WorkflowState = initialWorkflowState;
        for (const [action, who] of steps) {
          try {
            state = transitionEdition(state, action, action.type === 'publish' ? null : who);
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
          }
          if (state.status === 'approved' || state.status === 'published') {
            expect(state.approvedBy).not.toBeNull();
            expect(state.approvedBy).not.toBe(state.submittedBy);
            const approver = actors.find((a) => a.userId === state.approvedBy)!;
            expect(approver.roles).toContain('leader');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
