/**
 * Times the official document of the seed report: .docx (budget 300 ms) and .pdf (budget 5 s).
 * Prints the median of a few runs after a warm-up. Run: pnpm --filter @khcn/report-document bench
 */
import { seed } from '@khcn/domain';
import { loadSeedEdition } from '../src/export/seed-edition-loader.ts';
import { renderReportDocx } from '../src/render-report-docx.ts';
import { renderReportPdf } from '../src/render-report-pdf.ts';

const budgets = { docx: 300, pdf: 5000 } as const;

async function timeRuns(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const source = await loadSeedEdition(seed.seedPeriod);
if (!source) throw new Error('seed edition missing');
const input = { ...source, draft: false };

const coldDocx = await timeRuns(1, () => renderReportDocx(input));
const docx = await timeRuns(9, () => renderReportDocx(input));
const pdf = await timeRuns(3, () => renderReportPdf(input));

const row = (name: keyof typeof budgets, times: number[], cold?: number) => {
  const ms = Math.round(median(times));
  const verdict = ms <= budgets[name] ? 'within' : 'OVER';
  const coldNote = cold === undefined ? '' : `, first run ${Math.round(cold)} ms`;
  console.log(
    `${name.padEnd(4)} ${String(ms).padStart(5)} ms median of ${times.length} (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}${coldNote}); budget ${budgets[name]} ms: ${verdict}`,
  );
};
console.log('Seed report 2024-11, official document');
row('docx', docx, coldDocx[0]);
row('pdf', pdf);
