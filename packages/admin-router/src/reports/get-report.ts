import {
  type EditionSummary,
  type FindingCheck,
  hashWithLinkedRecords,
  listEditionSummaries,
  listFindingChecks,
  type StoredEdition,
} from '@khcn/db';
import {
  canEditSection,
  type Finding,
  hasBlockingFindings,
  hasPermission,
  isEditable,
  type ReportEdition,
  reconcileReport,
  requirePermission,
} from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { findEdition } from './find-edition.ts';
import { loadReconciliationContext, type ReconciliationInputs } from './load-reconciliation-context.ts';
import type { ReportLocator } from './report-inputs.schema.ts';

export type ReportView = {
  edition: ReportEdition;
  /** Version of each section, by key: send it back with `updateSection`. */
  sectionVersions: Record<string, number>;
  /** Version of the frame: send it back with `updateFrame`. */
  frameVersion: number;
  /** Hash of the content and its linked records as they are now: the approver sends it back with `approve`. */
  currentHash: string;
  /** Reconciliation of the figures; errors block submission. */
  findings: Finding[];
  hasBlockingFindings: boolean;
  /** Warnings someone marked as checked, by finding key. */
  findingChecks: FindingCheck[];
  /** What the editor checks a section against as it is typed (with the catalogue from `indicators.list`). */
  checkInputs: ReconciliationInputs;
  /** Every edition of the same report, for navigation. */
  editions: EditionSummary[];
  /** What the signed-in user may do with this edition (the server checks again on each action). */
  can: {
    editSections: string[];
    editFrame: boolean;
    submit: boolean;
    return: boolean;
    approve: boolean;
    openCorrection: boolean;
  };
};

/**
 * The hash of what the user sees now: the content and the records it links. An approved edition's content and
 * records are frozen, so its stored hash is current; a draft or a submitted edition is hashed again, because a
 * linked record may have changed since (another division's editor may edit it): the leader then sends back a
 * hash that differs from the submitted one, and approval fails with CONTENT_CHANGED.
 */
async function currentHashOf(ctx: AuthedContext, stored: StoredEdition): Promise<string> {
  const { edition } = stored;
  if ((edition.status === 'approved' || edition.status === 'published') && edition.contentHash) {
    return edition.contentHash;
  }
  return (await hashWithLinkedRecords(ctx.db, edition.content)).hash;
}

/**
 * Findings of approved editions, by content hash and catalogue state: their content never changes, they are no
 * longer compared with other months, and reconciliation is a pure function of content and catalogue. Bounded
 * (the oldest entry leaves first).
 */
const approvedFindings = new Map<string, Finding[]>();
const APPROVED_FINDINGS_KEPT = 500;

function findingsOf(stored: StoredEdition, ctx: Parameters<typeof reconcileReport>[1]): Finding[] {
  const { edition } = stored;
  const frozen = (edition.status === 'approved' || edition.status === 'published') && edition.contentHash;
  if (!frozen) return reconcileReport(edition.content, ctx);
  const catalogueState = [...ctx.catalogue.values()]
    .map((i) => `${i.code}:${'version' in i ? i.version : ''}`)
    .join();
  const key = `${edition.contentHash}|${catalogueState}`;
  const cached = approvedFindings.get(key);
  if (cached) return cached;
  const findings = reconcileReport(edition.content, ctx);
  if (approvedFindings.size >= APPROVED_FINDINGS_KEPT)
    approvedFindings.delete(approvedFindings.keys().next().value!);
  approvedFindings.set(key, findings);
  return findings;
}

/** One edition with its content, versions, content hash and reconciliation findings. */
export async function getReport(ctx: AuthedContext, input: ReportLocator): Promise<ReportView> {
  requirePermission(ctx.actor, 'report.read');
  const stored = await findEdition(ctx.db, input);
  const { edition } = stored;
  const context = await loadReconciliationContext(ctx.db, stored);
  const findings = findingsOf(stored, context);
  const editions = await listEditionSummaries(ctx.db, edition.reportId);
  const findingChecks = await listFindingChecks(ctx.db, edition.id);
  const latestNo = Math.max(...editions.map((e) => e.editionNo));
  const draft = isEditable(edition.status);
  const actor = ctx.actor;
  return {
    edition,
    sectionVersions: stored.sectionVersions,
    frameVersion: stored.frameVersion,
    currentHash: await currentHashOf(ctx, stored),
    findings,
    hasBlockingFindings: hasBlockingFindings(findings),
    findingChecks,
    checkInputs: { yearHistory: context.yearHistory, carriedFrom: context.carriedFrom },
    editions,
    can: {
      editSections: draft
        ? edition.content.sections.filter((s) => canEditSection(actor, s.division)).map((s) => s.key)
        : [],
      editFrame: draft && hasPermission(actor, 'report.editFrame'),
      submit: draft && hasPermission(actor, 'report.submit'),
      return: edition.status === 'in_review' && hasPermission(actor, 'report.return'),
      approve:
        edition.status === 'in_review' &&
        hasPermission(actor, 'report.approve') &&
        edition.submittedBy !== actor.userId,
      openCorrection:
        (edition.status === 'approved' || edition.status === 'published') &&
        edition.editionNo === latestNo &&
        hasPermission(actor, 'report.openCorrection'),
    },
  };
}
