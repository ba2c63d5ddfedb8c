import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReportDocx } from './render-report-docx.ts';
import type { ReportDocumentInput } from './report-document.types.ts';

export type PdfConversionOptions = {
  /** The LibreOffice binary; `soffice` on PATH by default. */
  sofficePath?: string;
  /** Kill the converter after this long (default 60 s). */
  timeoutMs?: number;
};

export type DocumentConversionFailure = 'CONVERTER_MISSING' | 'TIMEOUT' | 'FAILED' | 'BUSY';

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

function runSoffice(args: string[], options: Required<PdfConversionOptions>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.sofficePath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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
 * Converts a .docx to PDF with LibreOffice headless. Each conversion gets its own temporary folder and
 * user profile (-env:UserInstallation), so concurrent conversions never share a profile lock.
 */
export async function convertDocxToPdf(docx: Buffer, options: PdfConversionOptions = {}): Promise<Buffer> {
  const settings: Required<PdfConversionOptions> = {
    sofficePath: options.sofficePath ?? 'soffice',
    timeoutMs: options.timeoutMs ?? 60_000,
  };
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
