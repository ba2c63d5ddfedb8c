import { DomainError, type RecordKind, recordKindRegistry } from '@khcn/domain';
import type { RecordInput } from './record-inputs.schema.ts';

type UploadedFile = { field: string; label: string };

/** The file a kind's records hold, if any (the registry's `uploadedFile`: a publication's PDF). */
function uploadedFileOf(kind: RecordKind): UploadedFile | undefined {
  const definition: { uploadedFile?: UploadedFile } = recordKindRegistry[kind];
  return definition.uploadedFile;
}

const fileIdIn = (data: object, file: UploadedFile): unknown => Reflect.get(data, file.field);

function fileReferenceRefused(file: UploadedFile, path: string, detail: string): DomainError {
  const message = `${file.label}: chỉ gắn được bằng cách tải tệp lên`;
  return new DomainError('VALIDATION_FAILED', detail, {
    userMessage: message,
    fieldErrors: [{ path, message }],
  });
}

/**
 * A record's file (a publication's `pdfFileId`) is set only by uploading it (`records.uploadPublicationPdf`, which
 * checks the file). Creating a record with a file id is refused: it could point at another record's upload, or at
 * an official document, and skip the upload checks.
 */
export function requireNoFileReferenceOnCreate(input: RecordInput): void {
  const file = uploadedFileOf(input.kind);
  if (file && fileIdIn(input.data, file) !== undefined) {
    throw fileReferenceRefused(
      file,
      `data.${file.field}`,
      `Create ${input.data.id} with ${file.field} refused`,
    );
  }
}

/**
 * The record to save, with the stored file reference kept: an update may send the stored id back (the form does)
 * or leave it out, never a different one.
 */
export function keepStoredFileReference(input: RecordInput, stored: RecordInput['data']): RecordInput {
  const file = uploadedFileOf(input.kind);
  if (!file) return input;
  const storedFileId = fileIdIn(stored, file);
  const sent = fileIdIn(input.data, file);
  if (sent !== undefined && sent !== storedFileId) {
    throw fileReferenceRefused(
      file,
      `record.data.${file.field}`,
      `Update ${input.data.id}: ${file.field} ${String(sent)} refused`,
    );
  }
  const { [file.field]: _sent, ...data }: Record<string, unknown> = input.data;
  return {
    kind: input.kind,
    data: storedFileId === undefined ? data : { ...data, [file.field]: storedFileId },
  } as RecordInput;
}
