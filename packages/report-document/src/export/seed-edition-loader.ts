import { hungYenSiteConfig, seed } from '@khcn/domain';
import type { ReportDocumentSource } from '../report-document.types.ts';

/**
 * The loader used until the database loader is plugged in: the November 2024 seed report, as issued
 * (Số: 05/BC-SKHCN, 05/12/2024). Any other period has no edition.
 */
export async function loadSeedEdition(period: string): Promise<ReportDocumentSource | null> {
  if (period !== seed.seedPeriod) return null;
  return {
    content: seed.seedContent(),
    edition: {
      period: seed.seedPeriod,
      editionNo: 1,
      number: { ...seed.seedReportNumber },
      issuedOn: seed.seedIssuedOn,
      changeNote: null,
    },
    site: hungYenSiteConfig,
    records: seed.seedRecords(),
  };
}
