import { type Recipient, type Signature, signingAuthorities } from '@khcn/domain';
import { AlignmentType, type FileChild, Paragraph, type Table, TableRow, TextRun, VerticalAlign } from 'docx';
import type { ReportDocumentInput } from '../report-document.types.ts';
import { FONT, halfPoints, lineSpacing, pointTwips, size, textWidthMm, twip } from './document-style.ts';
import { fixedCell, fixedTable, layoutCell, noCellBorders, thinLine } from './layout-table.ts';
import { bodyText } from './outline-blocks.ts';

const columns = { recipientsMm: 90, signatureMm: textWidthMm - 90 } as const;
/** Room for the handwritten signature and the seal between the title and the name. */
const SIGNATURE_SPACE_PT = 72;

const run = (text: string, sizePt: number, options: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: halfPoints(sizePt),
    bold: options.bold ?? false,
    italics: options.italics ?? false,
  });

const recipientLine = (text: string) =>
  new Paragraph({
    spacing: { before: 0, after: 0, ...lineSpacing(1) },
    children: [run(text, size.recipients)],
  });

/** "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", then room to sign, then the name. */
export function signatureLines(signature: Signature): { authority: string[]; name: string } {
  const prefix = signingAuthorities[signature.authority];
  const authority =
    signature.authority === 'none'
      ? [signature.signerTitle]
      : [`${prefix} ${signature.authorityTitle}`, signature.signerTitle];
  return { authority: authority.map((l) => l.toLocaleUpperCase('vi')), name: signature.signerName };
}

/** The archive line "- Lưu: VT, VPTr.". */
export function archiveLine(archive: readonly string[]): string {
  return `- Lưu: ${archive.length > 0 ? archive.join(', ') : 'VT'}.`;
}

/**
 * Nơi nhận: the recipients to whom the report is addressed for their information ("Để báo cáo") are
 * grouped in a nested table whose right cell carries the words, opposite a bracket line; the others
 * follow; the archive line closes the list.
 */
function recipientsCell(recipients: readonly Recipient[], archive: readonly string[]): (Paragraph | Table)[] {
  const title = new Paragraph({
    spacing: { before: 0, after: 0, ...lineSpacing(1) },
    children: [run('Nơi nhận:', size.recipientsTitle, { bold: true, italics: true })],
  });
  const forReport = recipients.filter((r) => r.forReport);
  const others = recipients.filter((r) => !r.forReport);
  const content: (Paragraph | Table)[] = [title];
  if (forReport.length > 0) {
    const rightMm = 22;
    const leftMm = columns.recipientsMm - rightMm - 2;
    content.push(
      fixedTable({
        width: twip(leftMm + rightMm),
        columnWidths: [twip(leftMm), twip(rightMm)],
        rows: [
          new TableRow({
            children: [
              fixedCell(
                twip(leftMm),
                forReport.map((r) => recipientLine(`- ${r.name};`)),
                { borders: noCellBorders, margins: { left: 0, right: twip(1), top: 0, bottom: 0 } },
              ),
              fixedCell(twip(rightMm), [recipientLine('Để báo cáo.')], {
                verticalAlign: VerticalAlign.CENTER,
                borders: { ...noCellBorders, left: thinLine },
                margins: { left: twip(1.5), right: 0, top: 0, bottom: 0 },
              }),
            ],
          }),
        ],
      }),
    );
  }
  for (const r of others) content.push(recipientLine(`- ${r.name};`));
  content.push(recipientLine(archiveLine(archive)));
  return content;
}

function signatureCell(signature: Signature | null): Paragraph[] {
  if (!signature) return [new Paragraph({ children: [] })];
  const { authority, name } = signatureLines(signature);
  const centred = (text: string, spacingBefore = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pointTwips(spacingBefore), after: 0, ...lineSpacing(1) },
      keepNext: true,
      children: [run(text, size.body, { bold: true })],
    });
  return [...authority.map((l) => centred(l)), centred(name, SIGNATURE_SPACE_PT)];
}

/** The closing sentence, then Nơi nhận on the left and the signature block on the right. */
export function buildClosingBlock(input: ReportDocumentInput): FileChild[] {
  const cell = (widthMm: number, children: (Paragraph | Table)[]) => layoutCell(twip(widthMm), children);
  return [
    bodyText(input.content.closing),
    new Paragraph({ spacing: { before: 0, after: pointTwips(6) }, keepNext: true, children: [] }),
    fixedTable({
      width: twip(textWidthMm),
      columnWidths: [twip(columns.recipientsMm), twip(columns.signatureMm)],
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            cell(columns.recipientsMm, recipientsCell(input.content.recipients, input.content.archive)),
            cell(columns.signatureMm, signatureCell(input.content.signature)),
          ],
        }),
      ],
    }),
  ];
}
