import { DomainError } from '@khcn/domain';
import type { RecordInput } from './record-inputs.schema.ts';

const MESSAGE = 'Tệp PDF: chỉ gắn được bằng cách tải tệp lên';

function fileReferenceRefused(path: string, detail: string): DomainError {
  return new DomainError('VALIDATION_FAILED', detail, {
    userMessage: MESSAGE,
    fieldErrors: [{ path, message: MESSAGE }],
  });
}

/**
 * A record's file (a publication's `pdfFileId`) is set only by uploading it (`records.uploadPublicationPdf`, which
 * checks the file). Creating a record with a file id is refused: it could point at another record's upload, or at
 * an official document, and skip the upload checks.
 */
export function requireNoFileReferenceOnCreate(input: RecordInput): void {
  if (input.kind === 'publication' && input.data.pdfFileId !== undefined) {
    throw fileReferenceRefused('data.pdfFileId', `Create ${input.data.id} with pdfFileId refused`);
  }
}

/**
 * The record to save, with the stored file reference kept: an update may send the stored id back (the form does)
 * or leave it out, never a different one.
 */
export function keepStoredFileReference(input: RecordInput, stored: RecordInput['data']): RecordInput {
  if (input.kind !== 'publication') return input;
  const storedFileId = (stored as { pdfFileId?: string }).pdfFileId;
  const sent = input.data.pdfFileId;
  if (sent !== undefined && sent !== storedFileId) {
    throw fileReferenceRefused('record.data.pdfFileId', `Update ${input.data.id}: pdfFileId ${sent} refused`);
  }
  const { pdfFileId: _sent, ...data } = input.data;
  return {
    kind: 'publication',
    data: storedFileId === undefined ? data : { ...data, pdfFileId: storedFileId },
  };
}
