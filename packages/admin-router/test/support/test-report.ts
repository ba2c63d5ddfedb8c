import { randomUUID } from 'node:crypto';
import {
  type Database,
  hashWithLinkedRecords,
  insertReportWithDraft,
  updateEditionWorkflow,
  withTransaction,
} from '@khcn/db';
import { type ReportContent, seed } from '@khcn/domain';

export type TestReportOverrides = {
  period?: string;
  /** Draft (default) or submitted for review by `submittedBy`. */
  status?: 'draft' | 'in_review';
  submittedBy?: string;
  content?: ReportContent;
  /** Changes applied to the (default: seed) content. */
  edit?: (content: ReportContent) => ReportContent;
};

export type TestReport = { reportId: string; editionId: string; period: string; content: ReportContent };

let nextMonth = 0;
/** A period no other test report of this process uses (from 2030-01 on). */
function freshPeriod(): string {
  const n = nextMonth++;
  return `${2030 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** A report with one edition: the seed content as a draft, or submitted, unless overridden. */
export async function createTestReport(
  db: Database,
  overrides: TestReportOverrides = {},
): Promise<TestReport> {
  const period = overrides.period ?? freshPeriod();
  const base = overrides.content ?? seed.seedContent();
  const content = overrides.edit ? overrides.edit(base) : base;
  const reportId = `report-${randomUUID()}`;
  const editionId = `edition-${randomUUID()}`;
  const at = new Date();
  await withTransaction(db, async (trx) => {
    await insertReportWithDraft(trx, { reportId, editionId, period, content, at, by: null });
    if (overrides.status === 'in_review') {
      const moved = await updateEditionWorkflow(trx, {
        editionId,
        expectedStatus: 'draft',
        at,
        patch: {
          status: 'in_review',
          submittedBy: overrides.submittedBy ?? 'user-chuyenvien',
          submittedHash: (await hashWithLinkedRecords(trx, content)).hash,
        },
      });
      if (!moved) throw new Error('createTestReport: could not submit');
    }
  });
  return { reportId, editionId, period, content };
}
