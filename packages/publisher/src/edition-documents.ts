import {
  attachEditionDocument,
  type Database,
  type DiskFileStore,
  getSiteConfig,
  listApprovedEditions,
  listEditionDocuments,
} from '@khcn/db';
import { convertDocxToPdf, documentFileName, renderReportDocx } from '@khcn/report-document';

/**
 * Generates the official .docx and .pdf for approved editions that have none yet (newest first, at most
 * `limit` per run), stores them by content hash and attaches them to the edition.
 */
export async function ensureEditionDocuments(
  db: Database,
  files: DiskFileStore,
  options: { limit: number; pdf: boolean; log: (line: string) => void },
): Promise<number> {
  const editions = await listApprovedEditions(db);
  const existing = await listEditionDocuments(
    db,
    editions.map((e) => e.edition.id),
  );
  const site = await getSiteConfig(db);
  const missing = editions
    .filter((e) => !existing.some((d) => d.edition_id === e.edition.id && d.format === 'docx'))
    .reverse()
    .slice(0, options.limit);
  for (const { edition, frozenRecords } of missing) {
    const input = {
      content: edition.content,
      edition: {
        period: edition.period,
        editionNo: edition.editionNo,
        number: edition.number,
        issuedOn: edition.issuedOn,
        changeNote: edition.changeNote,
      },
      site,
      records: frozenRecords!,
      draft: false,
    };
    const docx = await renderReportDocx(input);
    const docxFile = await files.put({
      bytes: docx,
      purpose: 'report_docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      originalName: documentFileName(edition.period, edition.editionNo, edition.contentHash!, 'docx'),
      createdBy: null,
    });
    await attachEditionDocument(db, { editionId: edition.id, format: 'docx', fileId: docxFile.id });
    options.log(`Đã tạo văn bản .docx cho báo cáo ${edition.period} (lần ${edition.editionNo})`);
    if (options.pdf) {
      const pdf = await convertDocxToPdf(docx);
      const pdfFile = await files.put({
        bytes: pdf,
        purpose: 'report_pdf',
        mediaType: 'application/pdf',
        originalName: documentFileName(edition.period, edition.editionNo, edition.contentHash!, 'pdf'),
        createdBy: null,
      });
      await attachEditionDocument(db, { editionId: edition.id, format: 'pdf', fileId: pdfFile.id });
      options.log(`Đã tạo văn bản .pdf cho báo cáo ${edition.period} (lần ${edition.editionNo})`);
    }
  }
  return missing.length;
}
