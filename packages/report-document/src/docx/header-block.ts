import { formatOfficialDateLine, formatReportNumber } from '@khcn/domain';
import { AlignmentType, type FileChild, Paragraph, TableRow, TextRun } from 'docx';
import type { ReportDocumentInput } from '../report-document.types.ts';
import {
  estimateTextWidthMm,
  FONT,
  halfPoints,
  lineSpacing,
  pointTwips,
  ruleParagraph,
  size,
  textWidthMm,
  twip,
} from './document-style.ts';
import { fixedTable, layoutCell } from './layout-table.ts';

const MOTTO_COUNTRY = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The header table is wider than the text block, as in the department's own template: the national
 * title at 13 pt bold needs about 96 mm, the department's name about 70 mm.
 */
const header = { leftMm: 74, rightMm: 101, indentMm: -8, cellPaddingMm: 0.5 } as const;

const line = (
  text: string,
  options: { bold?: boolean; italics?: boolean; sizePt: number; afterPt?: number },
) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: pointTwips(options.afterPt ?? 0), ...lineSpacing(1) },
    children: [
      new TextRun({
        text,
        font: FONT,
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        size: halfPoints(options.sizePt),
      }),
    ],
  });

const cell = (widthMm: number, children: Paragraph[]) =>
  layoutCell(twip(widthMm), children, {
    left: twip(header.cellPaddingMm),
    right: twip(header.cellPaddingMm),
    top: 0,
    bottom: 0,
  });

/** "Số: 05/BC-SKHCN", or "Số:      /BC-SKHCN" for a draft not yet numbered. */
export function numberLine(input: Pick<ReportDocumentInput, 'edition' | 'site'>): string {
  const { number } = input.edition;
  if (number) return formatReportNumber(number.sequence, number.symbol);
  return `Số:        /BC-${input.site.symbolSuffix}`;
}

/** "Hưng Yên, ngày 05 tháng 12 năm 2024", or blanks for day and month in an undated draft. */
export function placeDateLine(input: Pick<ReportDocumentInput, 'edition' | 'content'>): string {
  const { issuedOn, period } = input.edition;
  if (issuedOn) return formatOfficialDateLine(input.content.place, issuedOn);
  const [year, month] = period.split('-').map(Number);
  const issueYear = month === 12 ? (year ?? 0) + 1 : year;
  return `${input.content.place}, ngày      tháng      năm ${issueYear}`;
}

/** The two-column header (issuing body | national title), the title "BÁO CÁO" and the subject line. */
export function buildHeaderBlock(input: ReportDocumentInput): FileChild[] {
  const leftInner = header.leftMm - 2 * header.cellPaddingMm;
  const rightInner = header.rightMm - 2 * header.cellPaddingMm;
  const department = input.site.departmentShortName;
  const departmentRule = Math.max(20, estimateTextWidthMm(department, size.header) * 0.45);
  const mottoRule = estimateTextWidthMm(MOTTO, size.motto);

  const table = fixedTable({
    width: twip(header.leftMm + header.rightMm),
    columnWidths: [twip(header.leftMm), twip(header.rightMm)],
    indent: twip(header.indentMm),
    rows: [
      new TableRow({
        children: [
          cell(header.leftMm, [
            line(input.site.parentBody, { sizePt: size.header }),
            line(department, { sizePt: size.header, bold: true }),
            ruleParagraph(departmentRule, leftInner),
          ]),
          cell(header.rightMm, [
            line(MOTTO_COUNTRY, { sizePt: size.header, bold: true }),
            line(MOTTO, { sizePt: size.motto, bold: true }),
            ruleParagraph(mottoRule, rightInner),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(header.leftMm, [
            new Paragraph({ spacing: { before: pointTwips(6), after: 0 }, children: [] }),
            line(numberLine(input), { sizePt: size.header }),
          ]),
          cell(header.rightMm, [
            new Paragraph({ spacing: { before: pointTwips(6), after: 0 }, children: [] }),
            line(placeDateLine(input), { sizePt: size.motto, italics: true }),
          ]),
        ],
      }),
    ],
  });

  const subjectRule = Math.min(60, Math.max(25, textWidthMm / 4));
  const blocks: FileChild[] = [
    table,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pointTwips(24), after: 0, ...lineSpacing(1) },
      keepNext: true,
      children: [new TextRun({ text: 'BÁO CÁO', bold: true, font: FONT, size: halfPoints(size.body) })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: pointTwips(2), ...lineSpacing(1) },
      indent: { left: twip(8), right: twip(8) },
      keepNext: true,
      children: [
        new TextRun({ text: input.content.subject, bold: true, font: FONT, size: halfPoints(size.body) }),
      ],
    }),
    ruleParagraph(subjectRule, textWidthMm, 12),
  ];

  if (input.edition.editionNo > 1) {
    const note = input.edition.changeNote ? `: ${input.edition.changeNote}` : '';
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: pointTwips(12) },
        children: [
          new TextRun({
            text: `(Đính chính lần ${input.edition.editionNo - 1}${note})`,
            italics: true,
            font: FONT,
            size: halfPoints(size.body),
          }),
        ],
      }),
    );
  }
  return blocks;
}
