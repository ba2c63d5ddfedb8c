import { type Block, blockLines, type Section } from '@khcn/domain';
import { AlignmentType, type FileChild, HeadingLevel, Paragraph, TextRun } from 'docx';
import { bodyParagraph, FONT, halfPoints, lineSpacing, pointTwips, size, twip } from './document-style.ts';

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** Depth in the outline from the stable key: "A" 0, "A.II" 1, "A.II.1" 2, "A.II.1.1" 3. */
export function sectionDepth(section: Pick<Section, 'key'>): number {
  return section.key.split('.').length - 1;
}

/** The printed heading: the seed's own numbering then the title ("1.1. Hoạt động ..."). */
export function headingText(section: Pick<Section, 'label' | 'title'>): string {
  return `${section.label} ${section.title}`;
}

/** A/B bold uppercase, I. bold, 1. bold, 1.1. bold italic: the styles Heading1-4 carry the look. */
export function buildHeading(section: Section): Paragraph {
  const depth = Math.min(sectionDepth(section), headingLevels.length - 1);
  return new Paragraph({
    heading: headingLevels[depth],
    children: [new TextRun({ text: headingText(section) })],
  });
}

/** A justified body paragraph with first-line indent and 6 pt after. */
export function bodyText(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twip(bodyParagraph.firstLineMm) },
    spacing: {
      before: 0,
      after: pointTwips(bodyParagraph.afterPt),
      ...lineSpacing(bodyParagraph.lineMultiple),
    },
    children: [new TextRun({ text, font: FONT, size: halfPoints(size.body) })],
  });
}

export function buildBlock(block: Block): FileChild[] {
  if (block.kind === 'paragraph') return [bodyText(block.text)];
  // Lists keep the author's markers as text, as the department's reports do.
  return blockLines(block).map(bodyText);
}
