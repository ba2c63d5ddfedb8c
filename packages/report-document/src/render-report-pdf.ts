import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FONT } from './docx/document-style.ts';
import { renderReportDocx } from './render-report-docx.ts';
import { checkVietnameseCoverage, type FontStyleCoverage } from './vietnamese-font.ts';
import type { ReportDocumentInput } from './report-document.types.ts';

export type PdfConversionOptions = {
  /** The LibreOffice binary; `soffice` on PATH by default. */
  sofficePath?: string;
  /** Kill the converter after this long (default 60 s). */
  timeoutMs?: number;
  /** The environment of the converter and of the font check (fontconfig reads FONTCONFIG_FILE); process.env. */
  env?: NodeJS.ProcessEnv;
};

export type DocumentConversionFailure =
  | 'CONVERTER_MISSING'
  | 'TIMEOUT'
  | 'FAILED'
  | 'BUSY'
  /** The font the document names resolves to one without every Vietnamese letter: the PDF would mix fonts. */
  | 'FONT_MISSING_GLYPHS';

/** The PDF could not be made: an infrastructure failure, not a business rule, so not a DomainError. */
export class DocumentConversionError extends Error {
  readonly code: DocumentConversionFailure;
  readonly userMessage: string;

  constructor(
    code: DocumentConversionFailure,
    message: string,
    options: { userMessage: string; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = 'DocumentConversionError';
    this.code = code;
    this.userMessage = options.userMessage;
  }
}

/**
 * PDF export filter: tagged PDF (structure for screen readers) and bookmarks from the headings. Fonts are
 * embedded as subsets by LibreOffice; Liberation Serif stands in, metric-compatible, where Times New Roman
 * is absent.
 */
const PDF_FILTER =
  'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}';

/** Fonts found to cover Vietnamese, by fontconfig setup: checked once per process when they do. */
const coveredFonts = new Set<string>();

/**
 * Refuses to convert when the document's font (Times New Roman, or what stands in for it) lacks Vietnamese letters
 * in any style: LibreOffice would take ạ, ở, ườ... from another font inside a word, and the PDF's text layer would
 * read "nhi ệm v ụ". A clear refusal is better than such a PDF (the .docx is still there).
 */
async function requireVietnameseFont(env: NodeJS.ProcessEnv | undefined): Promise<void> {
  // This process's own environment does not change while it runs: one check serves every conversion.
  const key = env ? `${env.FONTCONFIG_FILE ?? ''}|${env.FONTCONFIG_PATH ?? ''}` : 'inherited';
  if (coveredFonts.has(key)) return;
  let coverage: FontStyleCoverage[];
  try {
    coverage = await checkVietnameseCoverage(FONT, env);
  } catch (error) {
    throw new DocumentConversionError(
      'CONVERTER_MISSING',
      `fontconfig (fc-match) failed: ${(error as Error).message}`,
      {
        userMessage:
          'Máy chủ chưa cài đủ LibreOffice và fontconfig (fc-match) nên không tạo được tệp PDF. Hãy tải bản .docx hoặc báo quản trị hệ thống (bash .ci/install-system.sh).',
        cause: error,
      },
    );
  }
  const gaps = coverage.filter((c) => c.missing.length > 0);
  if (gaps.length > 0) {
    const families = [...new Set(gaps.map((g) => g.family))].join(', ');
    const sample = gaps[0]!.missing.slice(0, 8).join(' ');
    throw new DocumentConversionError(
      'FONT_MISSING_GLYPHS',
      `${FONT} resolves to ${gaps.map((g) => `${g.family} ${g.style} (${g.file}, ${g.missing.length} letters missing)`).join('; ')}`,
      {
        userMessage:
          `Phông chữ thay cho ${FONT} trên máy chủ (${families}) thiếu chữ tiếng Việt (${sample}…): tệp PDF sẽ ` +
          'trộn phông ngay trong từng chữ nên chưa được tạo; bản .docx vẫn dùng được. Quản trị hệ thống cần cài ' +
          'gói fonts-liberation2 (bash .ci/install-system.sh).',
      },
    );
  }
  coveredFonts.add(key);
}

function runSoffice(
  args: string[],
  options: Required<Omit<PdfConversionOptions, 'env'>> & { env: NodeJS.ProcessEnv | undefined },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.sofficePath, args, {
      detached: true,
      ...(options.env ? { env: options.env } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // soffice is a wrapper script around soffice.bin: end the whole process group it leads.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }, options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') {
        reject(
          new DocumentConversionError('CONVERTER_MISSING', `LibreOffice not found: ${options.sofficePath}`, {
            userMessage:
              'Máy chủ chưa cài LibreOffice (soffice) nên không tạo được tệp PDF. Hãy tải bản .docx hoặc báo quản trị hệ thống.',
            cause: error,
          }),
        );
      } else {
        reject(
          new DocumentConversionError('FAILED', `LibreOffice could not start: ${error.message}`, {
            userMessage: 'Không khởi động được LibreOffice để tạo tệp PDF.',
            cause: error,
          }),
        );
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(
          new DocumentConversionError('TIMEOUT', `LibreOffice took longer than ${options.timeoutMs} ms`, {
            userMessage: 'Tạo tệp PDF quá thời gian cho phép. Hãy thử lại sau ít phút.',
          }),
        );
      } else if (code !== 0) {
        reject(
          new DocumentConversionError('FAILED', `LibreOffice exited with ${code}: ${output.trim()}`, {
            userMessage: 'LibreOffice không chuyển được văn bản sang PDF.',
          }),
        );
      } else {
        resolve(output);
      }
    });
  });
}

/**
 * Converts a .docx to PDF with LibreOffice headless, once the document's font is known to have every Vietnamese
 * letter (else FONT_MISSING_GLYPHS). Each conversion gets its own temporary folder and user profile
 * (-env:UserInstallation), so concurrent conversions never share a profile lock.
 */
export async function convertDocxToPdf(docx: Buffer, options: PdfConversionOptions = {}): Promise<Buffer> {
  const settings = {
    sofficePath: options.sofficePath ?? 'soffice',
    timeoutMs: options.timeoutMs ?? 60_000,
    env: options.env,
  };
  await requireVietnameseFont(settings.env);
  const dir = await mkdtemp(join(tmpdir(), 'khcn-report-'));
  try {
    const source = join(dir, 'report.docx');
    await writeFile(source, docx);
    const output = await runSoffice(
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--invisible',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--convert-to',
        PDF_FILTER,
        '--outdir',
        dir,
        source,
      ],
      settings,
    );
    try {
      return await readFile(join(dir, 'report.pdf'));
    } catch (error) {
      throw new DocumentConversionError('FAILED', `LibreOffice wrote no PDF: ${output.trim()}`, {
        userMessage: 'LibreOffice không chuyển được văn bản sang PDF.',
        cause: error,
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The official report as a PDF: the .docx (same rules, same draft mark) converted by LibreOffice. */
export async function renderReportPdf(
  input: ReportDocumentInput,
  options: PdfConversionOptions = {},
): Promise<Buffer> {
  return convertDocxToPdf(await renderReportDocx(input), options);
}
