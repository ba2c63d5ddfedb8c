import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { FONT, halfPoints, size, textWidthMm, twip } from './document-style.ts';

export const DRAFT_MARK = 'DỰ THẢO';

const draftRun = () =>
  new TextRun({
    text: DRAFT_MARK,
    bold: true,
    font: FONT,
    size: halfPoints(size.header),
    border: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 },
  });

const tabs = [
  { type: TabStopType.CENTER, position: twip(textWidthMm / 2) },
  { type: TabStopType.RIGHT, position: twip(textWidthMm) },
];

/**
 * Page numbers are centred at the top from page 2 (the section has a different first page). A draft
 * carries "DỰ THẢO" at the top right of every page, the first included.
 */
export function buildPageHeaders(draft: boolean): { first: Header; default: Header } {
  const pageNumber = new TextRun({
    children: [PageNumber.CURRENT],
    font: FONT,
    size: halfPoints(size.pageNumber),
  });
  if (!draft) {
    return {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageNumber] })],
      }),
    };
  }
  return {
    first: new Header({
      children: [
        new Paragraph({
          tabStops: tabs,
          children: [new TextRun({ children: [new Tab(), new Tab()] }), draftRun()],
        }),
      ],
    }),
    default: new Header({
      children: [
        new Paragraph({
          tabStops: tabs,
          children: [
            new TextRun({ children: [new Tab()] }),
            pageNumber,
            new TextRun({ children: [new Tab()] }),
            draftRun(),
          ],
        }),
      ],
    }),
  };
}
