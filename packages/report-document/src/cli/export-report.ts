/**
 * pnpm report:export -- --period 2024-11 --format docx|pdf --out <file> [--draft]
 *
 * Exports the official report of a period. Until the database loader is plugged in, the loader is the
 * seed (November 2024 only).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isDomainError } from '@khcn/domain';
import { type EditionLoader, exportReport } from '../export/export-report.ts';
import { loadSeedEdition } from '../export/seed-edition-loader.ts';
import { DocumentConversionError } from '../render-report-pdf.ts';

const usage = 'Cách dùng: pnpm report:export -- --period YYYY-MM --format docx|pdf --out <tệp> [--draft]';

export async function runExportCli(
  argv: string[],
  options: { loadEdition: EditionLoader; cwd: string },
): Promise<number> {
  const { values } = parseArgs({
    args: argv.filter((a, i) => !(a === '--' && i === 0)),
    options: {
      period: { type: 'string' },
      format: { type: 'string', default: 'docx' },
      out: { type: 'string' },
      draft: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const { period, format, out } = values;
  if (!period || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period) || !out || (format !== 'docx' && format !== 'pdf')) {
    console.error(usage);
    return 2;
  }
  const started = performance.now();
  try {
    const result = await exportReport({
      period,
      format,
      out: resolve(options.cwd, out),
      draft: values.draft,
      loadEdition: options.loadEdition,
    });
    const ms = Math.round(performance.now() - started);
    console.log(`Đã xuất ${result.out} (${result.bytes} byte, ${ms} ms)`);
    return 0;
  } catch (error) {
    if (isDomainError(error) || error instanceof DocumentConversionError) {
      console.error(error.userMessage);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) {
  // pnpm runs package scripts in the package folder; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  process.exitCode = await runExportCli(process.argv.slice(2), { loadEdition: loadSeedEdition, cwd });
}
