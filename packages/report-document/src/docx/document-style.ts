/**
 * Geometry and typography of the official document (Decree 30/2020/NĐ-CP, Appendix I). All lengths are
 * kept in millimetres or points here and converted once; docx wants twips (1/20 pt) and half-points.
 */
import { AlignmentType, BorderStyle, convertMillimetersToTwip, Paragraph, TextRun } from 'docx';

export const FONT = 'Times New Roman';

export const page = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  /** Distance of the page-number header from the top edge. */
  headerMm: 10,
  footerMm: 10,
} as const;

export const textWidthMm = page.widthMm - page.marginLeftMm - page.marginRightMm;
export const twip = (mm: number) => Math.round(convertMillimetersToTwip(mm));
/** docx sizes are half-points. */
export const halfPoints = (pt: number) => Math.round(pt * 2);
/** Spacing values are twentieths of a point. */
export const pointTwips = (pt: number) => Math.round(pt * 20);

export const size = {
  body: 14,
  header: 13,
  motto: 14,
  table: 12,
  recipientsTitle: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

export const bodyParagraph = {
  firstLineMm: 12.7,
  afterPt: 6,
  /** Line spacing as a multiple of single (Decree 30: from single to 1.5 lines). */
  lineMultiple: 1.15,
} as const;

export const lineSpacing = (multiple: number) => ({
  line: Math.round(240 * multiple),
  lineRule: 'auto' as const,
});

/** Approximate advance widths (em) of Times bold, enough to size the short rules under header lines. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[-.,:;/()]/.test(ch)) return 0.33;
  const base = ch.normalize('NFD')[0] ?? ch;
  if (/[MWƯ]/.test(base)) return 0.95;
  if (/[IJ]/.test(base)) return 0.4;
  if (/[A-ZĐ]/.test(base)) return 0.74;
  if (/[ilfjtr]/.test(base)) return 0.33;
  if (/[mw]/.test(base)) return 0.8;
  return 0.53;
}

/** Estimated printed width of a line of bold text, in millimetres. */
export function estimateTextWidthMm(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charEm(ch);
  return (em * sizePt * 25.4) / 72;
}

/**
 * A short centred horizontal rule (nét liền) drawn as the bottom border of an empty, tiny paragraph,
 * `widthMm` long inside a container `containerMm` wide.
 */
export function ruleParagraph(widthMm: number, containerMm: number, afterPt = 0): Paragraph {
  const side = Math.max(0, (containerMm - widthMm) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: twip(side), right: twip(side) },
    spacing: { before: 0, after: pointTwips(afterPt), line: 40, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}
