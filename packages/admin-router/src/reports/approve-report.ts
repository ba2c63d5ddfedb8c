import { getSiteConfig, hashWithLinkedRecords, nextReportSequence } from '@khcn/db';
import { isDomainError, type ReportNumber, todayInVietnam, transitionEdition } from '@khcn/domain';
import { requestPublication } from '@khcn/publisher';
import { recordAudit } from '../audit/record-audit.ts';
import { recordRejectedAttempt } from '../audit/record-rejected-attempt.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { ApproveReportInput } from './report-inputs.schema.ts';
import { workflowStateOf, withLockedEdition, moveLockedEdition } from './require-edition.ts';
import { isUniqueViolation } from './unique-violation.ts';

export type ApprovedReport = {
  editionId: string;
  number: ReportNumber;
  issuedOn: string;
  contentHash: string;
  publicationId: string;
  jobId: string | null;
};

/** Two leaders approving at the same moment may draw the same number; the loser draws again. */
const NUMBER_ATTEMPTS = 3;

/**
 * Lãnh đạo approves a submitted edition, bound to the hash they reviewed (the content and its linked records).
 * In one transaction: lock the edition, check the workflow (never the submitter, content and linked records
 * unchanged since submission and review), assign the yearly number and the
 * issue date (today in Việt Nam), freeze the content hash and the linked records, create the publication and
 * enqueue its publish job, and audit. A rollback leaves no number, no publication and no job.
 */
export async function approveReport(ctx: AuthedContext, input: ApproveReportInput): Promise<ApprovedReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await approveOnce(ctx, input);
    } catch (error) {
      if (isUniqueViolation(error, 'report_editions_number') && attempt < NUMBER_ATTEMPTS) continue;
      if (isDomainError(error) && (error.code === 'SELF_APPROVAL' || error.code === 'CONTENT_CHANGED')) {
        await recordRejectedAttempt(ctx.db, ctx, {
          action: 'report.approve',
          entityKind: 'report_edition',
          entityId: input.editionId,
          after: { reviewedHash: input.contentHash, reason: error.code },
        });
      }
      throw error;
    }
  }
}

function approveOnce(ctx: AuthedContext, input: ApproveReportInput): Promise<ApprovedReport> {
  return withLockedEdition(ctx.db, input.editionId, async (trx, stored) => {
    // The linked records are read once: hashed (so a change since submission fails as CONTENT_CHANGED) and, the
    // hash matching, frozen into the edition exactly as hashed.
    const { hash: contentHash, linkedRecords: frozenRecords } = await hashWithLinkedRecords(
      trx,
      stored.edition.content,
    );
    const next = transitionEdition(
      workflowStateOf(stored),
      { type: 'approve', reviewedHash: input.contentHash, currentHash: contentHash },
      ctx.actor,
    );

    const at = ctx.now();
    const issuedOn = todayInVietnam(at);
    const year = Number(issuedOn.slice(0, 4));
    const site = await getSiteConfig(trx);
    const symbol = `BC-${site.symbolSuffix}`;
    const sequence = await nextReportSequence(trx, { year, symbol });
    await moveLockedEdition(trx, ctx, stored, {
      at,
      patch: {
        status: next.status,
        approvedBy: next.approvedBy,
        approvedAt: at,
        number: { sequence, symbol, year },
        issuedOn,
        contentHash,
        frozenRecords,
      },
    });

    const { publicationId, jobId } = await requestPublication(trx, ctx.publishQueue, {
      id: ctx.newId(),
      trigger: 'approval',
      editionId: input.editionId,
      requestedBy: ctx.actor.userId,
      at,
    });
    await recordAudit(trx, ctx, {
      action: 'report.approve',
      entityKind: 'report_edition',
      entityId: input.editionId,
      before: { status: stored.edition.status, submittedBy: stored.edition.submittedBy },
      after: {
        status: next.status,
        number: { sequence, symbol, year },
        issuedOn,
        contentHash,
        publicationId,
      },
    });
    return {
      editionId: input.editionId,
      number: { sequence, symbol },
      issuedOn,
      contentHash,
      publicationId,
      jobId,
    };
  });
}
