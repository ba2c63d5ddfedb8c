import {
  type DbExecutor,
  findLatestEditionOfReport,
  findReportById,
  findReportByPeriod,
  listEditionsOfReport,
  type StoredEdition,
} from '@khcn/db';
import { DomainError } from '@khcn/domain';
import type { ReportLocator } from './report-inputs.schema.ts';
import { requireEdition } from './require-edition.ts';

function reportNotFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `No report ${what}`, { userMessage: 'Không tìm thấy báo cáo.' });
}

/** The report of a period or id, or NOT_FOUND. */
export async function requireReport(
  db: DbExecutor,
  args: { reportId?: string | undefined; period?: string | undefined },
) {
  const report = args.reportId
    ? await findReportById(db, args.reportId)
    : args.period
      ? await findReportByPeriod(db, args.period)
      : undefined;
  if (!report) throw reportNotFound(args.reportId ?? args.period ?? '');
  return report;
}

/** The edition a locator names: by id, or by period (latest edition unless `editionNo` is given). */
export async function findEdition(db: DbExecutor, locator: ReportLocator): Promise<StoredEdition> {
  if (locator.editionId) return requireEdition(db, locator.editionId);
  const report = await requireReport(db, { period: locator.period });
  if (locator.editionNo === undefined) {
    const latest = await findLatestEditionOfReport(db, report.id);
    if (!latest) throw reportNotFound(report.period);
    return latest;
  }
  const edition = (await listEditionsOfReport(db, report.id)).find(
    (e) => e.edition.editionNo === locator.editionNo,
  );
  if (!edition) {
    throw new DomainError('NOT_FOUND', `No edition ${locator.editionNo} of ${report.period}`, {
      userMessage: `Báo cáo không có lần ban hành thứ ${locator.editionNo}.`,
    });
  }
  return edition;
}
