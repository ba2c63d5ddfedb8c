import type { ReportNumber } from '@khcn/domain';
import type { DocumentFormat } from './report-document.types.ts';

/**
 * The name a document of an edition is downloaded and stored under, after the report as people call it:
 * "bao-cao-thang-12-2024-so-01.docx" (the approved December 2024 report, Số 01), a correction adds its edition
 * ("…-so-03-lan-2.pdf"), a draft says so and has no number yet ("du-thao-bao-cao-thang-12-2024.docx"). An
 * approved edition's number is unique, so two approved documents never share a name.
 */
export function documentFileName(
  edition: { period: string; editionNo: number; number: ReportNumber | null },
  ext: DocumentFormat,
  options: { draft: boolean },
): string {
  const period = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(edition.period);
  if (!period) throw new RangeError(`Not a report period: ${edition.period}`);
  if (!Number.isInteger(edition.editionNo) || edition.editionNo < 1)
    throw new RangeError(`Not an edition number: ${edition.editionNo}`);
  if (!options.draft && !edition.number) throw new RangeError('An approved document needs its number');
  const sequence = edition.number?.sequence;
  if (sequence !== undefined && (!Number.isInteger(sequence) || sequence < 1))
    throw new RangeError(`Not a report number: ${sequence}`);
  return [
    options.draft ? 'du-thao-' : '',
    `bao-cao-thang-${period[2]}-${period[1]}`,
    !options.draft ? `-so-${String(sequence).padStart(2, '0')}` : '',
    edition.editionNo > 1 ? `-lan-${edition.editionNo}` : '',
    `.${ext}`,
  ].join('');
}

/** The media type each document format is stored and served with. */
export const documentMediaTypes: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
