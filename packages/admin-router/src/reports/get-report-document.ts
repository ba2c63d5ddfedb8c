import { findEditionById, listEditionDocuments } from '@khcn/db';
import { DomainError, requirePermission } from '@khcn/domain';
import {
  convertDocxToPdf,
  createPdfRenderPool,
  DocumentConversionError,
  documentFileName,
  documentInputKey,
  documentMediaTypes,
  documentSourceOf,
  renderReportDocx,
} from '@khcn/report-document';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { ReportDocumentInput } from './report-inputs.schema.ts';

/**
 * PDFs rendered on demand (drafts, and approved editions whose stored PDF is missing), for this process: at most
 * two LibreOffice conversions at a time, four requests waiting, the rest refused as busy; a document asked for
 * again (same content, records, number, site and mark) is served from the last 16 rendered.
 */
const onDemandPdfRenders = createPdfRenderPool({ maxRunning: 2, maxWaiting: 4, cacheEntries: 16 });

/**
 * The official document of an edition: the stored one of an approved edition (generated when it was
 * published), else rendered now, with the "DỰ THẢO" mark for an edition not yet approved.
 */
export async function getReportDocument(ctx: AuthedContext, input: ReportDocumentInput) {
  requirePermission(ctx.actor, 'report.read');
  const stored = await findEditionById(ctx.db, input.editionId);
  if (!stored) {
    throw new DomainError('NOT_FOUND', `Edition ${input.editionId} not found`, {
      userMessage: 'Không tìm thấy báo cáo.',
    });
  }
  const { edition } = stored;
  const approved = edition.status === 'approved' || edition.status === 'published';
  // Named after the report, as staff call it: bao-cao-thang-12-2024-so-01.docx, du-thao-bao-cao-thang-12-2024.pdf.
  const fileName = documentFileName(edition, input.format, { draft: !approved });

  const kept = approved
    ? (await listEditionDocuments(ctx.db, [edition.id])).find((d) => d.format === input.format)
    : undefined;
  let bytes: Uint8Array;
  if (kept) {
    bytes = await ctx.files.read(kept.storage_key);
  } else {
    const source = { ...(await documentSourceOf(ctx.db, stored)), draft: !approved };
    try {
      bytes =
        input.format === 'pdf'
          ? await onDemandPdfRenders.render(documentInputKey(source), async () =>
              convertDocxToPdf(await renderReportDocx(source)),
            )
          : await renderReportDocx(source);
    } catch (error) {
      if (error instanceof DocumentConversionError) {
        throw new DomainError(error.code === 'BUSY' ? 'RATE_LIMITED' : 'EXPORT_NOT_READY', error.message, {
          userMessage: error.userMessage,
          cause: error,
        });
      }
      throw error;
    }
  }
  return {
    fileName,
    mediaType: documentMediaTypes[input.format],
    base64: Buffer.from(bytes).toString('base64'),
  };
}
