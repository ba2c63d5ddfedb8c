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
  documentEditionOf,
  documentFileName,
  documentMediaTypes,
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
  const store = async (edition: StoredEdition['edition'], format: 'docx' | 'pdf', bytes: Buffer) => {
    const file = await files.put({
      bytes,
      purpose: format === 'docx' ? 'report_docx' : 'report_pdf',
      mediaType: documentMediaTypes[format],
      originalName: documentFileName(edition, format, { draft: false }),
      createdBy: null,
    });
    await attachEditionDocument(db, { editionId: edition.id, format, fileId: file.id });
    options.log(`Đã tạo văn bản .${format} cho báo cáo ${edition.period} (lần ${edition.editionNo})`);
  };
  for (const { edition, frozenRecords } of missing) {
    const input = {
      content: edition.content,
      edition: documentEditionOf(edition),
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
    if (!has(edition.id, 'docx')) await store(edition, 'docx', docx);
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
      await store(edition, 'pdf', pdf);
    }
  }
  return missing.length;
}
