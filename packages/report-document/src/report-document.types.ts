import type { FrozenRecords, ReportContent, ReportNumber, SiteConfig } from '@khcn/domain';

/** What the official document needs to know about the edition besides its content. */
export type ReportEditionMeta = {
  /** Report period, "2024-11". */
  period: string;
  /** Edition 1 is the original; later editions are corrections (đính chính). */
  editionNo: number;
  /** "Số: 05/BC-SKHCN"; null until the clerk numbers the edition. */
  number: ReportNumber | null;
  /** ISO date of issue; null until approval. */
  issuedOn: string | null;
  /** Public note of what a correction changed; null for edition 1. */
  changeNote: string | null;
};

/** One edition as loaded from storage: everything the document is made of. */
export type ReportDocumentSource = {
  content: ReportContent;
  edition: ReportEditionMeta;
  site: SiteConfig;
  /** Records linked by `section.recordRefs`, frozen as of the edition. */
  records: FrozenRecords;
  /** False for an edition not yet approved: it can only be exported as a draft. Absent means approved. */
  approved?: boolean;
};

export type ReportDocumentInput = ReportDocumentSource & {
  /** A draft carries the "DỰ THẢO" mark on every page and may lack number, date and signer. */
  draft: boolean;
};

export type DocumentFormat = 'docx' | 'pdf';
