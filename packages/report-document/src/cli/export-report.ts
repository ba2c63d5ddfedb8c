/**
 * pnpm report:export -- --period 2024-11 --format docx|pdf --out <file> [--draft]
 *
 * Exports the official report of a period from the database (DATABASE_URL, or the embedded one); a report
 * not yet approved is exported with the draft mark.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, loadServiceConfigOrExit } from '@khcn/config';
import { isEmbeddedDatabaseInUse, openConfiguredDb } from '@khcn/db';
import { isDomainError } from '@khcn/domain';
import { createDbEditionLoader } from '../export/db-edition-loader.ts';
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

/**
 * The database the CLI reads: DATABASE_URL, else the embedded database of `pnpm start` (when it exists and the
 * platform is not running: an embedded database has one owner at a time), else the seed report alone.
 */
async function openLoader(config: Config): Promise<{
  loadEdition: EditionLoader;
  close: () => Promise<void>;
  source: string;
}> {
  const url = config.databaseUrl;
  const dataDir = config.pgliteDir;
  if (!url && !existsSync(dataDir))
    return { loadEdition: loadSeedEdition, close: async () => {}, source: 'dữ liệu mẫu' };
  if (!url && isEmbeddedDatabaseInUse(dataDir)) {
    throw new Error(
      'Cơ sở dữ liệu nhúng đang được nền tảng sử dụng (pnpm start): hãy tải văn bản trong ứng dụng quản trị hoặc dừng nền tảng rồi chạy lại.',
    );
  }
  const handle = await openConfiguredDb(config, { poolSize: 1 });
  return {
    loadEdition: createDbEditionLoader(handle.db),
    close: () => handle.close(),
    source: url ? 'PostgreSQL' : dataDir,
  };
}

if (import.meta.main) {
  const config = loadServiceConfigOrExit();
  // pnpm runs package scripts in the package folder; INIT_CWD is where the user typed the command.
  const cwd = config.initCwd ?? process.cwd();
  try {
    const loader = await openLoader(config);
    try {
      process.exitCode = await runExportCli(process.argv.slice(2), { loadEdition: loader.loadEdition, cwd });
    } finally {
      await loader.close();
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
