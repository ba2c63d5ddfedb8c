/** poppler-utils wrappers for the PDF tests. */
import { execFileSync } from 'node:child_process';

/**
 * Text in content-stream order (-raw): the default mode joins a line ending in a hyphen to the next one
 * and drops the hyphen ("279/QĐ-" + "SKHCN" -> "279/QĐSKHCN"), which would misreport legal codes.
 */
export function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
}

export function pdfInfo(pdfPath: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]) };
}

/** Fonts of the PDF: name and whether embedded, from `pdffonts`. */
export function pdfFonts(pdfPath: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type [type2] encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** Renders one page as an 8-bit greyscale PGM and returns the share of pixels that are not white. */
export function inkRatio(pdfPath: string, pageNo: number, dpi = 40): number {
  const pgm = pdftoppm(pdfPath, pageNo, dpi, ['-gray']);
  // Header: "P5\n<width> <height>\n<max>\n" then width*height bytes.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (let i = 0; i < width * height; i++) if ((pixels[i] ?? 255) < 200) ink++;
  return ink / (width * height);
}

export function renderPagePng(pdfPath: string, pageNo: number, outPrefix: string, dpi = 100): void {
  pdftoppm(pdfPath, pageNo, dpi, ['-png', '-singlefile'], [outPrefix]);
}

/** Poppler's pdftoppm on page `pageNo` only, at `dpi`: the image on stdout, or in `after` (an output prefix). */
function pdftoppm(
  pdfPath: string,
  pageNo: number,
  dpi: number,
  options: string[],
  after: string[] = [],
): Buffer {
  const page = String(pageNo);
  return execFileSync('pdftoppm', [...options, '-r', String(dpi), '-f', page, '-l', page, pdfPath, ...after]);
}
