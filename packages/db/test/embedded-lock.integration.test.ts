import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDb, isEmbeddedDatabaseInUse } from '../src/index.ts';

const createDbModule = fileURLToPath(new URL('../src/create-db.ts', import.meta.url));

describe('the embedded database has one owner process', () => {
  it('refuses a second process while the first has it open, and frees it on close', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'khcn-lock-')), 'pglite');
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { createDb } = await import(${JSON.stringify(createDbModule)}); const h = await createDb({ dataDir: ${JSON.stringify(dir)} }); console.log('open'); process.stdin.once('data', async () => { await h.close(); console.log('closed'); });`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const lines: string[] = [];
    const next = (word: string) =>
      new Promise<void>((resolve) => {
        const check = () => (lines.includes(word) ? resolve() : setTimeout(check, 50));
        check();
      });
    holder.stdout.on('data', (d: Buffer) => lines.push(...d.toString().trim().split('\n')));
    await next('open');
    expect(isEmbeddedDatabaseInUse(dir)).toBe(true);
    await expect(createDb({ dataDir: dir })).rejects.toThrow(/đang được tiến trình \d+ sử dụng/);

    holder.stdin.write('close\n');
    await next('closed');
    holder.kill();
    expect(isEmbeddedDatabaseInUse(dir)).toBe(false);
    const mine = await createDb({ dataDir: dir });
    await mine.close();
  }, 60_000);
});
