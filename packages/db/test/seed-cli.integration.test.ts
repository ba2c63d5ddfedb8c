/** `pnpm db:seed`: never on a server database unless told `--demo`; its demo accounts change the shared password. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/create-db.ts';
import { demoUsers } from '../src/seed/demo-users.ts';
import { findUserByUsername } from '../src/user.queries.ts';

const cli = fileURLToPath(new URL('../src/cli/seed.ts', import.meta.url));
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function seedCommand(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _url, NODE_ENV: _env, PGLITE_DIR: _dir, ...base } = process.env;
  return spawnSync(process.execPath, [cli, ...args], { env: { ...base, ...env }, encoding: 'utf8' });
}

describe('pnpm db:seed', () => {
  it('refuses a PostgreSQL database (DATABASE_URL) without --demo, before connecting', () => {
    // Nothing listens on port 1: a connection attempt would fail differently.
    const started = performance.now();
    const result = seedCommand([], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/khcn' });
    expect(result.status, result.stderr).toBe(2);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.stderr).toContain('Không nạp dữ liệu mẫu vào cơ sở dữ liệu PostgreSQL (DATABASE_URL)');
    expect(result.stderr).toContain('pnpm db:seed -- --demo');
    expect(result.stderr).toContain('pnpm db:create-admin');
  });

  it('refuses a production environment without --demo, even on the embedded database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-seed-cli-'));
    folders.push(dir);
    const result = seedCommand([], { NODE_ENV: 'production', PGLITE_DIR: join(dir, 'pglite') });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('NODE_ENV=production');
  });

  it('seeds with --demo, and every demo account must change the published password at first sign-in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khcn-seed-cli-'));
    folders.push(dir);
    const pgliteDir = join(dir, 'pglite');
    // A production environment never opens the embedded database (the one configuration refuses it), so the
    // demo is seeded here on a laptop's embedded database, told --demo all the same.
    const result = seedCommand(['--', '--demo'], { PGLITE_DIR: pgliteDir });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('phải đổi mật khẩu ở lần đăng nhập đầu');
    const handle = await createDb({ dataDir: pgliteDir });
    try {
      for (const demo of demoUsers) {
        const found = await findUserByUsername(handle.db, demo.username);
        expect(found?.user.mustChangePassword, demo.username).toBe(true);
      }
    } finally {
      await handle.close();
    }
  }, 120_000);
});
