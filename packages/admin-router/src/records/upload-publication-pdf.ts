import { type StoredRecord, updateRecordIfVersion, withTransaction } from '@khcn/db';
import { DomainError, formatNumber, isDomainError, requirePermission } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import { auditConflict, recordRejectedAttempt } from '../audit/record-rejected-attempt.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { findPdfProblem } from './inspect-pdf.ts';
import { MAX_PDF_BYTES, type UploadPublicationPdfInput } from './record-inputs.schema.ts';
import { recordConflict, requireRecord } from './require-record.ts';

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function invalidPdf(message: string, detail: string): DomainError {
  return new DomainError('VALIDATION_FAILED', detail, {
    userMessage: `Tệp PDF: ${message}`,
    fieldErrors: [{ path: 'pdf', message: `Tệp PDF: ${message}` }],
  });
}

/**
 * Refuses what is not a PDF (by its signature and structure, not its name), is larger than the limit, or would
 * act when opened (JavaScript, /Launch, embedded files: `findPdfProblem`).
 */
export function requirePdf(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_PDF_BYTES) {
    // Rounded up, so a file just over the limit never reads as equal to it.
    const size = formatNumber(Math.ceil((bytes.byteLength / 1024 / 1024) * 10) / 10);
    const limit = formatNumber(MAX_PDF_BYTES / 1024 / 1024);
    throw invalidPdf(
      `dung lượng ${size} MB vượt quá giới hạn ${limit} MB`,
      `PDF of ${bytes.byteLength} bytes exceeds ${MAX_PDF_BYTES}`,
    );
  }
  if (!PDF_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw invalidPdf('tệp tải lên không phải là tệp PDF', 'Upload lacks the %PDF- signature');
  }
  const problem = findPdfProblem(bytes);
  if (problem) throw invalidPdf(problem.message, `PDF refused: ${problem.code} (${problem.detail})`);
}

/**
 * Attaches a PDF to a publication record (bulletin, manual...). The bytes go to the file store, outside any
 * web root; the record then points at the stored file (`pdfFileId`), under optimistic concurrency.
 */
export async function uploadPublicationPdf(
  ctx: AuthedContext,
  input: UploadPublicationPdfInput,
): Promise<{ id: string; version: number; fileId: string; bytes: number; sha256: string }> {
  requirePermission(ctx.actor, 'record.write');
  const bytes = typeof input.pdf === 'string' ? new Uint8Array(Buffer.from(input.pdf, 'base64')) : input.pdf;
  try {
    requirePdf(bytes);
  } catch (error) {
    // A refused file is worth a line in the audit log: who tried to publish what.
    await recordRejectedAttempt(ctx.db, ctx, {
      action: 'record.uploadPublicationPdf',
      entityKind: 'record.publication',
      entityId: input.id,
      after: {
        fileName: input.fileName,
        bytes: bytes.byteLength,
        reason: isDomainError(error) ? error.userMessage : (error as Error).message,
      },
    });
    throw error;
  }
  const current = await requireRecord(ctx.db, 'publication', input.id);
  return auditConflict(
    ctx,
    (conflict) => ({
      action: 'record.uploadPublicationPdf',
      entityKind: 'record.publication',
      entityId: input.id,
      before: { version: conflict.details.currentVersion },
      after: { version: input.version, fileName: input.fileName },
    }),
    async () => {
      if (current.version !== input.version) throw recordConflict(current, input.version);
      // The store writes the bytes and its own `files` row; a failure below leaves an unreferenced file only.
      const file = await ctx.files.put({
        bytes,
        purpose: 'publication_pdf',
        mediaType: 'application/pdf',
        originalName: input.fileName,
        createdBy: ctx.actor.userId,
      });
      return await withTransaction(ctx.db, async (trx) => {
        const before: StoredRecord<'publication'> = await requireRecord(trx, 'publication', input.id);
        const data = { ...before.data, pdfFileId: file.id };
        const version = await updateRecordIfVersion(trx, {
          record: { kind: 'publication', data },
          expectedVersion: input.version,
          at: ctx.now(),
          by: ctx.actor.userId,
        });
        if (version === null) throw recordConflict(before, input.version);
        await recordAudit(trx, ctx, {
          action: 'record.uploadPublicationPdf',
          entityKind: 'record.publication',
          entityId: input.id,
          before: { version: before.version, pdfFileId: before.data.pdfFileId ?? null },
          after: {
            version,
            pdfFileId: file.id,
            fileName: input.fileName,
            bytes: file.bytes,
            sha256: file.sha256,
          },
        });
        return { id: input.id, version, fileId: file.id, bytes: file.bytes, sha256: file.sha256 };
      });
    },
  );
}
