import type { DocumentFormat } from './report-document.types.ts';

/**
 * Stored name of an edition's document, named by its content hash so a new approval never overwrites an
 * old file: "bao-cao-2024-11-lan-1-3f2a9c0d1e4b.pdf".
 */
export function documentFileName(
  period: string,
  editionNo: number,
  contentHash: string,
  ext: DocumentFormat,
): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new RangeError(`Not a report period: ${period}`);
  if (!Number.isInteger(editionNo) || editionNo < 1)
    throw new RangeError(`Not an edition number: ${editionNo}`);
  const hash = contentHash.replace(/^sha256:/, '').toLowerCase();
  if (!/^[0-9a-f]{12,}$/.test(hash)) throw new RangeError('Content hash must be hexadecimal (12+ digits)');
  return `bao-cao-${period}-lan-${editionNo}-${hash.slice(0, 12)}.${ext}`;
}
