import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DomainError, formatPeriod } from '@khcn/domain';
import { renderReportDocx } from '../render-report-docx.ts';
import { type PdfConversionOptions, renderReportPdf } from '../render-report-pdf.ts';
import type { DocumentFormat, ReportDocumentSource } from '../report-document.types.ts';

/** Finds the edition to export for a period (the seed loader now; the database loader later). */
export type EditionLoader = (period: string) => Promise<ReportDocumentSource | null>;

export type ExportReportArgs = {
  period: string;
  format: DocumentFormat;
  /** Path of the file to write; its folder is created. */
  out: string;
  loadEdition: EditionLoader;
  /** Export as a draft (mark "DỰ THẢO", number and date may be missing). */
  draft?: boolean;
  pdf?: PdfConversionOptions;
};

export type ExportReportResult = { out: string; bytes: number };

/** Loads the edition of a period, renders it as .docx or .pdf and writes it to `out`. */
export async function exportReport(args: ExportReportArgs): Promise<ExportReportResult> {
  const source = await args.loadEdition(args.period);
  if (!source) {
    throw new DomainError('NOT_FOUND', `No report edition for period ${args.period}`, {
      userMessage: `Không có báo cáo ${formatPeriod(args.period)} để xuất.`,
      details: { period: args.period },
    });
  }
  // An edition not yet approved exports only with the draft mark.
  const input = { ...source, draft: (args.draft ?? false) || source.approved === false };
  const document =
    args.format === 'pdf' ? await renderReportPdf(input, args.pdf) : await renderReportDocx(input);
  await mkdir(dirname(args.out), { recursive: true });
  await writeFile(args.out, document);
  return { out: args.out, bytes: document.length };
}
