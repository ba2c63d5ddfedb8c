import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed } from '@khcn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../test/docx-reader.ts';
import { inkRatio, pdfFonts, pdfInfo, pdfText, renderPagePng } from '../test/pdf-tools.ts';
import { loadSeedEdition } from './export/seed-edition-loader.ts';
import { renderReportDocx } from './render-report-docx.ts';
import { convertDocxToPdf, DocumentConversionError, renderReportPdf } from './render-report-pdf.ts';

/** Kept for a human look: packages/report-document/test-output/ (git-ignored). */
const outputDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-output');
const PDF_TIMEOUT = 60_000;

/** pdftotext text without the page-number and draft-mark lines of the page headers. */
function bodyText(raw: string): string {
  const lines = raw.split(/\n|\f/).filter((l) => !/^\s*\d{1,3}\s*$/.test(l) && l.trim() !== 'DỰ THẢO');
  return normalizeWhitespace(lines.join('\n'));
}

async function seedInput(draft: boolean) {
  const source = await loadSeedEdition(seed.seedPeriod);
  if (!source) throw new Error('seed edition missing');
  return { ...source, draft };
}

describe('renderReportPdf: the seed report as issued', () => {
  const pdfPath = join(outputDir, 'seed-report-2024-11.pdf');
  let text: string;

  beforeAll(async () => {
    await mkdir(outputDir, { recursive: true });
    await writeFile(pdfPath, await renderReportPdf(await seedInput(false)));
    text = bodyText(pdfText(pdfPath));
  }, PDF_TIMEOUT);

  it('has extractable text with every fact of the seed report', () => {
    const missing = seed.allSeedFacts.filter((fact) => !text.includes(normalizeWhitespace(fact)));
    expect(missing).toEqual([]);
  });

  it('has the header, the headings in order and the signer', () => {
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 05/BC-SKHCN',
      'Hưng Yên, ngày 05 tháng 12 năm 2024',
    ]) {
      expect(text).toContain(s);
    }
    let from = 0;
    for (const heading of seed.seedFactChecklist.headings) {
      const at = text.indexOf(normalizeWhitespace(heading), from);
      expect(at, heading).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(text.indexOf('KT. GIÁM ĐỐC')).toBeGreaterThan(from);
    expect(text).toContain('Nguyễn Xuân Hải');
  });

  it('is A4 with every font embedded, all of them Times or its metric twin (no fallback for a missing glyph)', () => {
    const info = pdfInfo(pdfPath);
    expect(info.widthPt).toBeCloseTo(595, 0);
    expect(Math.round(info.heightPt)).toBe(842);
    expect(info.pages).toBeGreaterThan(1);
    const fonts = pdfFonts(pdfPath);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(
      fonts.map((f) => f.name).filter((name) => !/LiberationSerif|TimesNewRoman|Times-/.test(name)),
    ).toEqual([]);
  });

  it('uses one font family for all its text: no letter taken from another font', () => {
    // "ABCDEF+LiberationSerif-BoldItalic" -> "LiberationSerif": subset prefix and style dropped.
    const families = new Set(
      pdfFonts(pdfPath).map((f) =>
        f.name.replace(/^[A-Z]{6}\+/, '').replace(/[-,](Bold|Italic|BoldItalic|Regular|Roman)+$/i, ''),
      ),
    );
    expect([...families]).toHaveLength(1);
  });

  it('keeps every sentence of the seed unbroken in its text layer (no "nhi ệm v ụ")', () => {
    const content = seed.seedContent();
    const sentences = content.sections
      .flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items)))
      .flatMap((text) => normalizeWhitespace(text).split(/(?<=[.;:!?])\s+/))
      .filter((sentence) => sentence.length >= 20);
    expect(sentences.length).toBeGreaterThan(50);
    // A line may end after a hyphen ("279/QĐ-" / "SKHCN"): that break is layout, not a broken word.
    const joined = (t: string) => t.replace(/-\s+/g, '-');
    const layer = joined(text);
    const broken = sentences.filter((sentence) => !layer.includes(joined(sentence)));
    expect(broken).toEqual([]);
  });

  it('renders page 1 to a PNG that is not blank, kept under test-output', () => {
    const prefix = join(outputDir, 'seed-report-2024-11-page-1');
    renderPagePng(pdfPath, 1, prefix);
    expect(statSync(`${prefix}.png`).size).toBeGreaterThan(20_000);
    const ink = inkRatio(pdfPath, 1);
    expect(ink).toBeGreaterThan(0.02);
    expect(ink).toBeLessThan(0.5);
  });

  it('numbers pages from page 2 at the top', () => {
    const raw = pdfText(pdfPath).split('\f');
    expect(raw[0]?.split('\n')[0]).not.toMatch(/^\s*1\s*$/);
    expect(raw[1]?.trim().split('\n')[0]?.trim()).toBe('2');
  });
});

describe('renderReportPdf: a draft', () => {
  it(
    'carries "DỰ THẢO" on every page',
    async () => {
      const pdfPath = join(outputDir, 'seed-report-2024-11-draft.pdf');
      await mkdir(outputDir, { recursive: true });
      await writeFile(pdfPath, await renderReportPdf(await seedInput(true)));
      const pages = pdfText(pdfPath)
        .split('\f')
        .filter((p) => p.trim() !== '');
      expect(pages.length).toBe(pdfInfo(pdfPath).pages);
      expect(pages.filter((p) => !p.includes('DỰ THẢO')).length).toBe(0);
    },
    PDF_TIMEOUT,
  );
});

describe('convertDocxToPdf: concurrency', () => {
  it(
    'converts two documents at once, each with its own LibreOffice profile',
    async () => {
      const docx = await renderReportDocx(await seedInput(false));
      const [a, b] = await Promise.all([convertDocxToPdf(docx), convertDocxToPdf(docx)]);
      for (const pdf of [a, b]) {
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(50_000);
      }
    },
    PDF_TIMEOUT,
  );
});

describe('convertDocxToPdf: failures', () => {
  const fakes: string[] = [];
  /** A stand-in for soffice: a shell script with the given body. */
  async function fakeSoffice(body: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'khcn-fake-soffice-'));
    fakes.push(dir);
    const path = join(dir, 'soffice');
    await writeFile(path, `#!/bin/sh\n${body}\n`);
    await chmod(path, 0o755);
    return path;
  }
  afterAll(async () => {
    await Promise.all(fakes.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it(
    'refuses, saying why and what to install, when the font lacks Vietnamese letters (fonts-liberation 1.x)',
    async () => {
      // A fontconfig that sees one font without Vietnamese letters (OpenSymbol ships with LibreOffice): what
      // LibreOffice would then do is take ạ, ở, ườ... from another font inside each word.
      const dir = await mkdtemp(join(tmpdir(), 'khcn-fonts-'));
      fakes.push(dir);
      const symbolFont = execFileSync('fc-match', ['-f', '%{file}', 'OpenSymbol'], { encoding: 'utf8' });
      await mkdir(join(dir, 'fonts'));
      await symlink(symbolFont, join(dir, 'fonts', basename(symbolFont)));
      await writeFile(
        join(dir, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${dir}/fonts</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
      );
      const docx = await renderReportDocx(await seedInput(false));
      const error = await convertDocxToPdf(docx, {
        env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') },
      }).catch((e) => e);
      expect(error).toBeInstanceOf(DocumentConversionError);
      expect(error.code).toBe('FONT_MISSING_GLYPHS');
      expect(error.userMessage).toMatch(
        /^Phông chữ thay cho Times New Roman trên máy chủ \(OpenSymbol\) thiếu chữ tiếng Việt/,
      );
      expect(error.userMessage).toContain('fonts-liberation2');
    },
    PDF_TIMEOUT,
  );

  it('says clearly when LibreOffice is missing', async () => {
    const error = await convertDocxToPdf(Buffer.from('x'), { sofficePath: '/nonexistent/soffice' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DocumentConversionError);
    expect(error.code).toBe('CONVERTER_MISSING');
    expect(error.userMessage).toContain('LibreOffice');
  });

  it('kills a converter that hangs and reports a timeout', async () => {
    const fake = await fakeSoffice('sleep 30');
    const started = Date.now();
    const error = await convertDocxToPdf(Buffer.from('x'), { sofficePath: fake, timeoutMs: 300 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DocumentConversionError);
    expect(error.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports a converter that fails', async () => {
    const fake = await fakeSoffice('echo "Error: source file could not be loaded" >&2\nexit 0');
    const error = await convertDocxToPdf(Buffer.from('x'), { sofficePath: fake }).catch((e) => e);
    expect(error).toBeInstanceOf(DocumentConversionError);
    expect(error.code).toBe('FAILED');
    expect(error.message).toContain('source file could not be loaded');
  });
});
