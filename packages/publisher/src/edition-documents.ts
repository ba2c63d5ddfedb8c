import {
  attachEditionDocument,
  type Database,
  type DiskFileStore,
  getSiteConfig,
  listApprovedEditions,
  listEditionDocuments,
  type StoredEdition,
} from '@khcn/db';
import {
  convertDocxToPdf,
  DocumentConversionError,
  documentFileName,
  renderReportDocx,
} from '@khcn/report-document';

/**
 * Generates the official .docx and .pdf for approved editions that have none yet (newest first, at most
 * `limit` per run), stores them by content hash and attaches them to the edition.
 */
export async function ensureEditionDocuments(
  db: Database,
  files: DiskFileStore,
  options: { limit: number; pdf: boolean; log: (line: string) => void; sofficePath?: string | undefined },
  /** The approved editions, when the caller has loaded them already. */
  approved?: readonly StoredEdition[],
): Promise<number> {
  const editions = approved ?? (await listApprovedEditions(db));
  const existing = await listEditionDocuments(
    db,
    editions.map((e) => e.edition.id),
  );
  const site = await getSiteConfig(db);
  const has = (editionId: string, format: 'docx' | 'pdf') =>
    existing.some((d) => d.edition_id === editionId && d.format === format);
  const missing = editions
    .filter((e) => !has(e.edition.id, 'docx') || (options.pdf && !has(e.edition.id, 'pdf')))
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
    let docx: Buffer;
    try {
      docx = await renderReportDocx(input);
    } catch (error) {
      // One edition whose document cannot be made (a record it links missing from what it froze) never blocks
      // the publication of every other: the site goes out without that document, the log says why, and a later
      // publication tries again.
      options.log(
        `Chưa tạo được văn bản chính thức cho báo cáo ${edition.period} (lần ${edition.editionNo}): ${(error as Error).message}`,
      );
      continue;
    }
    if (!has(edition.id, 'docx')) {
      const docxFile = await files.put({
        bytes: docx,
        purpose: 'report_docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        originalName: documentFileName(edition, 'docx', { draft: false }),
        createdBy: null,
      });
      await attachEditionDocument(db, { editionId: edition.id, format: 'docx', fileId: docxFile.id });
      options.log(`Đã tạo văn bản .docx cho báo cáo ${edition.period} (lần ${edition.editionNo})`);
    }
    if (options.pdf && !has(edition.id, 'pdf')) {
      let pdf: Buffer;
      try {
        pdf = await convertDocxToPdf(docx, options.sofficePath ? { sofficePath: options.sofficePath } : {});
      } catch (error) {
        // Without LibreOffice (or when it fails) the site is still published, with the .docx; a later
        // publication tries the .pdf again.
        if (!(error instanceof DocumentConversionError)) throw error;
        options.log(
          `Chưa tạo được .pdf cho báo cáo ${edition.period} (lần ${edition.editionNo}): ${error.userMessage}`,
        );
        continue;
      }
      const pdfFile = await files.put({
        bytes: pdf,
        purpose: 'report_pdf',
        mediaType: 'application/pdf',
        originalName: documentFileName(edition, 'pdf', { draft: false }),
        createdBy: null,
      });
      await attachEditionDocument(db, { editionId: edition.id, format: 'pdf', fileId: pdfFile.id });
      options.log(`Đã tạo văn bản .pdf cho báo cáo ${edition.period} (lần ${edition.editionNo})`);
    }
  }
  return missing.length;
}
