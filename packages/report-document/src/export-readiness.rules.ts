import { DomainError } from '@khcn/domain';
import type { ReportDocumentInput } from './report-document.types.ts';

export type MissingForFinal = 'number' | 'issuedOn' | 'signature';

const missingLabels: Record<MissingForFinal, string> = {
  number: 'số văn bản (Số: .../BC-...)',
  issuedOn: 'ngày ban hành',
  signature: 'người ký',
};

/** What a final (non-draft) export still lacks, in the order the document shows them. */
export function listMissingForFinal(
  input: Pick<ReportDocumentInput, 'edition' | 'content'>,
): MissingForFinal[] {
  const missing: MissingForFinal[] = [];
  if (!input.edition.number) missing.push('number');
  if (!input.edition.issuedOn) missing.push('issuedOn');
  if (!input.content.signature || input.content.signature.signerName.trim() === '') missing.push('signature');
  return missing;
}

/**
 * A final document needs its number, date and signer; a draft needs none of them (it carries the
 * "DỰ THẢO" mark instead). Throws EXPORT_NOT_READY naming what is missing.
 */
export function requireExportReady(input: Pick<ReportDocumentInput, 'edition' | 'content' | 'draft'>): void {
  if (input.draft) return;
  const missing = listMissingForFinal(input);
  if (missing.length === 0) return;
  throw new DomainError('EXPORT_NOT_READY', `Final export is missing: ${missing.join(', ')}`, {
    userMessage: `Chưa thể xuất văn bản chính thức: báo cáo còn thiếu ${missing
      .map((m) => missingLabels[m])
      .join(', ')}. Hãy bổ sung, hoặc xuất bản dự thảo.`,
    details: { missing },
  });
}
