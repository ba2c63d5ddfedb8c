export type {
  DocumentFormat,
  ReportDocumentInput,
  ReportDocumentSource,
  ReportEditionMeta,
} from './report-document.types.ts';
export { listMissingForFinal, requireExportReady, type MissingForFinal } from './export-readiness.rules.ts';
export { buildReportDocument, renderReportDocx } from './render-report-docx.ts';
export {
  convertDocxToPdf,
  DocumentConversionError,
  renderReportPdf,
  type PdfConversionOptions,
} from './render-report-pdf.ts';
export { documentFileName, documentMediaTypes } from './document-file-name.ts';
export {
  createPdfRenderPool,
  documentInputKey,
  type PdfRenderPool,
  type PdfRenderPoolOptions,
  type PdfRenderStats,
} from './pdf-render-pool.ts';
export { exportReport, type EditionLoader, type ExportReportArgs } from './export/export-report.ts';
export { loadSeedEdition } from './export/seed-edition-loader.ts';
export { DRAFT_MARK } from './docx/page-headers.ts';
export { createDbEditionLoader, documentEditionOf, documentSourceOf } from './export/db-edition-loader.ts';
