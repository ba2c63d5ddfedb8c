import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@khcn/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normalizeWhitespace, readDocx } from '../../test/docx-reader.ts';
import { runExportCli } from '../cli/export-report.ts';
import { exportReport } from './export-report.ts';
import { loadSeedEdition } from './seed-edition-loader.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'khcn-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportReport', () => {
  it('writes the .docx of the period the loader finds, creating the folder', async () => {
    const out = join(dir, 'nested', 'bao-cao.docx');
    const loadEdition = vi.fn(loadSeedEdition);
    const result = await exportReport({ period: '2024-11', format: 'docx', out, loadEdition });
    expect(loadEdition).toHaveBeenCalledWith('2024-11');
    expect(result.out).toBe(out);
    const docx = readDocx(await readFile(out));
    expect(normalizeWhitespace(docx.text)).toContain('Số: 05/BC-SKHCN');
    expect(result.bytes).toBe((await readFile(out)).length);
  });

  it('says in Vietnamese when the period has no report', async () => {
    const error = await exportReport({
      period: '2024-10',
      format: 'docx',
      out: join(dir, 'none.docx'),
      loadEdition: loadSeedEdition,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.userMessage).toBe('Không có báo cáo tháng 10 năm 2024 để xuất.');
  });

  it('exports a draft of an unnumbered edition, and refuses it as final', async () => {
    const loadEdition = async (period: string) => {
      const source = await loadSeedEdition(period);
      return source && { ...source, edition: { ...source.edition, number: null, issuedOn: null } };
    };
    const out = join(dir, 'draft.docx');
    await exportReport({ period: '2024-11', format: 'docx', out, loadEdition, draft: true });
    expect((await readFile(out)).length).toBeGreaterThan(0);
    const error = await exportReport({
      period: '2024-11',
      format: 'docx',
      out: join(dir, 'final.docx'),
      loadEdition,
    }).catch((e) => e);
    expect(error.code).toBe('EXPORT_NOT_READY');
  });
});

describe('report:export CLI', () => {
  /** Silences the console and keeps what was printed. */
  const quiet = () => {
    const printed = { log: [] as string[], err: [] as string[] };
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => {
      printed.log.push(line);
    });
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => {
      printed.err.push(line);
    });
    return {
      ...printed,
      restore: () => {
        log.mockRestore();
        err.mockRestore();
      },
    };
  };

  it('exports to a path relative to where the command was typed, accepting pnpm\'s leading "--"', async () => {
    const io = quiet();
    const code = await runExportCli(
      ['--', '--period', '2024-11', '--format', 'docx', '--out', 'cli/out.docx'],
      {
        loadEdition: loadSeedEdition,
        cwd: dir,
      },
    );
    io.restore();
    expect(code).toBe(0);
    expect(io.log[0]).toContain(join(dir, 'cli', 'out.docx'));
    expect((await readFile(join(dir, 'cli', 'out.docx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('prints usage for bad arguments and the Vietnamese message for a missing report', async () => {
    const io = quiet();
    const bad = await runExportCli(['--period', '2024-11', '--format', 'odt', '--out', 'x'], {
      loadEdition: loadSeedEdition,
      cwd: dir,
    });
    const missing = await runExportCli(['--period', '2023-01', '--out', 'x.docx'], {
      loadEdition: loadSeedEdition,
      cwd: dir,
    });
    io.restore();
    expect(bad).toBe(2);
    expect(io.err[0]).toContain('Cách dùng');
    expect(missing).toBe(1);
    expect(io.err[1]).toBe('Không có báo cáo tháng 1 năm 2023 để xuất.');
  });
});
