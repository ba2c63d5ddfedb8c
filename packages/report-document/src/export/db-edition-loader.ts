import {
  type Database,
  findLatestEditionOfReport,
  findRecordsByRefs,
  findReportByPeriod,
  getSiteConfig,
  type StoredEdition,
} from '@khcn/db';
import type { ReportDocumentSource } from '../report-document.types.ts';
import type { EditionLoader } from './export-report.ts';

/**
 * Loads the latest edition of a period from the database: an approved edition with the records frozen into it;
 * a draft with the records as they are now (and then it can only be exported with the draft mark).
 */
export function createDbEditionLoader(db: Database): EditionLoader {
  return async (period) => {
    const report = await findReportByPeriod(db, period);
    if (!report) return null;
    const stored = await findLatestEditionOfReport(db, report.id);
    return stored ? documentSourceOf(db, stored) : null;
  };
}

/** What the official document of one stored edition is made of. */
export async function documentSourceOf(db: Database, stored: StoredEdition): Promise<ReportDocumentSource> {
  const { edition } = stored;
  const approved = edition.status === 'approved' || edition.status === 'published';
  const records =
    approved && stored.frozenRecords
      ? stored.frozenRecords
      : await findRecordsByRefs(
          db,
          edition.content.sections.flatMap((s) => s.recordRefs),
        );
  const source: ReportDocumentSource = {
    content: edition.content,
    edition: documentEditionOf(edition),
    site: await getSiteConfig(db),
    records,
    approved,
  };
  return source;
}

/** What the document's heading, number and file name take from a stored edition. */
export function documentEditionOf(edition: StoredEdition['edition']): ReportDocumentSource['edition'] {
  return {
    period: edition.period,
    editionNo: edition.editionNo,
    number: edition.number,
    issuedOn: edition.issuedOn,
    changeNote: edition.changeNote,
  };
}
