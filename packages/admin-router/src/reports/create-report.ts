import {
  findLatestEditionOfReport,
  getReportFrame,
  findReportByPeriod,
  insertReportWithDraft,
  listReports,
  withTransaction,
} from '@khcn/db';
import {
  type createReportInputSchema,
  DIRECTIONS_SECTION_KEY,
  DomainError,
  directionsSectionTitle,
  formatPeriod,
  monthlyReportSubject,
  previousPeriod,
  recordKindRegistry,
  type ReportContent,
  type Section,
  requirePermission,
  seed,
  withReportFrame,
} from '@khcn/domain';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { isUniqueViolation } from './unique-violation.ts';

export type CreateReportInput = z.infer<typeof createReportInputSchema>;
export type CreatedReport = {
  reportId: string;
  editionId: string;
  period: string;
  sourceEditionId: string | null;
};

/**
 * A draft for `period` from `source`: a fresh subject and directions heading, each section as `keep` leaves it.
 */
function draftFor(
  source: ReportContent,
  period: string,
  keep: (section: Section) => Partial<Section>,
): ReportContent {
  return {
    ...source,
    subject: monthlyReportSubject(period),
    sections: source.sections.map((s) => ({
      ...s,
      ...(s.key === DIRECTIONS_SECTION_KEY ? { title: directionsSectionTitle(period) } : {}),
      ...keep(s),
    })),
  };
}

/** Next month's starting draft: the outline, narrative and figures as they were, with a fresh subject. */
const carryOver = (previous: ReportContent, period: string) =>
  draftFor(previous, period, (s) => ({
    recordRefs: s.recordRefs.filter((r) => recordKindRegistry[r.kind].carriedToNextMonth),
  }));

/** An empty draft with the outline (headings, divisions) of `template`. */
const blankFrom = (template: ReportContent, period: string) =>
  draftFor(template, period, () => ({ blocks: [], facts: [], legalRefs: [], recordRefs: [] }));

/**
 * Creates the report of a period with its first draft edition: blank (the outline of the latest report, or
 * of the seed report on a new installation), or from the previous month's latest edition.
 */
export async function createReport(ctx: AuthedContext, input: CreateReportInput): Promise<CreatedReport> {
  requirePermission(ctx.actor, 'report.create');
  const at = ctx.now();
  try {
    return await withTransaction(ctx.db, async (trx) => {
      if (await findReportByPeriod(trx, input.period)) throw duplicatePeriod(input.period);

      let content: ReportContent;
      let sourceEditionId: string | null = null;
      let carriedFromEditionId: string | null = null;
      if (input.fromPreviousMonth) {
        const period = previousPeriod(input.period);
        const report = await findReportByPeriod(trx, period);
        const source = report ? await findLatestEditionOfReport(trx, report.id) : undefined;
        if (!source) {
          throw new DomainError('NOT_FOUND', `No report for ${period} to copy`, {
            userMessage: `Không có báo cáo ${formatPeriod(period)} để sao chép.`,
          });
        }
        content = carryOver(source.edition.content, input.period);
        sourceEditionId = source.edition.id;
        carriedFromEditionId = source.edition.id;
      } else {
        const latest = (await listReports(trx))[0];
        const template = latest ? await findLatestEditionOfReport(trx, latest.id) : undefined;
        content = blankFrom(template?.edition.content ?? seed.seedContent(), input.period);
        sourceEditionId = template?.edition.id ?? null;
      }

      // The frame (place, closing, recipients, signer) is the department's, from its settings: never another
      // department's (the seed's) and never a stale copy.
      content = withReportFrame(content, await getReportFrame(trx));

      const reportId = ctx.newId();
      const editionId = ctx.newId();
      await insertReportWithDraft(trx, {
        reportId,
        editionId,
        period: input.period,
        content,
        at,
        by: ctx.actor.userId,
        carriedFromEditionId,
      });
      await recordAudit(trx, ctx, {
        action: 'report.create',
        entityKind: 'report_edition',
        entityId: editionId,
        after: { period: input.period, fromPreviousMonth: input.fromPreviousMonth, sourceEditionId },
      });
      return { reportId, editionId, period: input.period, sourceEditionId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicatePeriod(input.period, error);
    throw error;
  }
}

function duplicatePeriod(period: string, cause?: unknown): DomainError {
  return new DomainError('DUPLICATE', `Report for ${period} exists`, {
    userMessage: `Báo cáo ${formatPeriod(period)} đã được tạo.`,
    cause,
  });
}
