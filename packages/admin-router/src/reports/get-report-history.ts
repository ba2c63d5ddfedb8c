import { listEditionsOfReport } from '@khcn/db';
import { type EditionStatus, type ReportNumber, requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { requireReport } from './find-edition.ts';
import type { ReportHistoryInput } from './report-inputs.schema.ts';

export type EditionHistoryEntry = {
  id: string;
  editionNo: number;
  status: EditionStatus;
  number: ReportNumber | null;
  issuedOn: string | null;
  changeNote: string | null;
  contentHash: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  returnReason: string | null;
  updatedAt: string;
};

/** Every edition of a report, oldest first, with its change note: what the public history page shows. */
export async function getReportHistory(
  ctx: AuthedContext,
  input: ReportHistoryInput,
): Promise<{ reportId: string; period: string; editions: EditionHistoryEntry[] }> {
  requirePermission(ctx.actor, 'report.read');
  const report = await requireReport(ctx.db, input);
  const editions = await listEditionsOfReport(ctx.db, report.id);
  return {
    reportId: report.id,
    period: report.period,
    editions: editions.map(({ edition: e, updatedAt }) => ({
      id: e.id,
      editionNo: e.editionNo,
      status: e.status,
      number: e.number,
      issuedOn: e.issuedOn,
      changeNote: e.changeNote,
      contentHash: e.contentHash,
      submittedBy: e.submittedBy,
      approvedBy: e.approvedBy,
      approvedAt: e.approvedAt,
      returnReason: e.returnReason,
      updatedAt,
    })),
  };
}
