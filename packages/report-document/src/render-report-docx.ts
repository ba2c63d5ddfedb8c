import { AlignmentType, Document, type FileChild, Packer } from 'docx';
import { buildClosingBlock } from './docx/closing-block.ts';
import {
  bodyParagraph,
  FONT,
  halfPoints,
  lineSpacing,
  page,
  pointTwips,
  size,
  twip,
} from './docx/document-style.ts';
import { buildHeaderBlock } from './docx/header-block.ts';
import { buildBlock, buildHeading } from './docx/outline-blocks.ts';
import { buildPageHeaders } from './docx/page-headers.ts';
import { buildRecordTable, recordTablesForSection } from './docx/record-tables.ts';
import { requireExportReady } from './export-readiness.rules.ts';
import type { ReportDocumentInput } from './report-document.types.ts';

const headingRun = { font: FONT, size: halfPoints(size.body), bold: true, color: '000000' } as const;
const headingParagraph = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: twip(bodyParagraph.firstLineMm) },
  spacing: {
    before: pointTwips(6),
    after: pointTwips(bodyParagraph.afterPt),
    ...lineSpacing(bodyParagraph.lineMultiple),
  },
  keepNext: true,
  keepLines: true,
} as const;

function buildBody(input: ReportDocumentInput): FileChild[] {
  const children: FileChild[] = [...buildHeaderBlock(input)];
  let tableNo = 0;
  for (const section of input.content.sections) {
    children.push(buildHeading(section));
    for (const block of section.blocks) children.push(...buildBlock(block));
    for (const table of recordTablesForSection(section, input.records, input.edition.period)) {
      tableNo += 1;
      children.push(...buildRecordTable(table, tableNo));
    }
  }
  children.push(...buildClosingBlock(input));
  return children;
}

/** Builds the docx object model of the official report (Decree 30/2020 form). */
export function buildReportDocument(input: ReportDocumentInput): Document {
  requireExportReady(input);
  const headers = buildPageHeaders(input.draft);
  const title = `Báo cáo ${input.content.subject}`;
  return new Document({
    creator: input.site.departmentName,
    title: input.draft ? `[Dự thảo] ${title}` : title,
    description: `Kỳ ${input.edition.period}, lần ban hành ${input.edition.editionNo}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(size.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        heading1: {
          run: { ...headingRun, allCaps: true },
          paragraph: { ...headingParagraph, outlineLevel: 0 },
        },
        heading2: { run: headingRun, paragraph: { ...headingParagraph, outlineLevel: 1 } },
        heading3: { run: headingRun, paragraph: { ...headingParagraph, outlineLevel: 2 } },
        heading4: {
          run: { ...headingRun, italics: true },
          paragraph: { ...headingParagraph, outlineLevel: 3 },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(page.widthMm), height: twip(page.heightMm) },
            margin: {
              top: twip(page.marginTopMm),
              bottom: twip(page.marginBottomMm),
              left: twip(page.marginLeftMm),
              right: twip(page.marginRightMm),
              header: twip(page.headerMm),
              footer: twip(page.footerMm),
            },
          },
        },
        headers,
        children: buildBody(input),
      },
    ],
  });
}

/**
 * The official report as a .docx. A final export requires number, date and signer
 * (DomainError EXPORT_NOT_READY otherwise); a draft carries "DỰ THẢO" on every page.
 */
export async function renderReportDocx(input: ReportDocumentInput): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(input));
}
