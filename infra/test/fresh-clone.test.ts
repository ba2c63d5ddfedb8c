/**
 * A fresh clone, in any folder, on a fresh Debian machine: the tests read nothing outside the repository, and
 * `pnpm test` either has the system packages it needs or stops at once with one message saying what is missing
 * and the one command that installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const checkScript = join(repoRoot, 'scripts/check-test-system.ts');

const isInside = (path: string) => {
  const r = relative(repoRoot, path);
  return r === '' || (!r.startsWith('..') && !r.startsWith('/'));
};

function runCheck(env: Record<string, string>) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [checkScript], { cwd: repoRoot, env, encoding: 'utf8' });
  return { ...result, ms: performance.now() - started };
}

describe('the test command on a machine without the system packages', () => {
  it('stops within a second with one message naming what is missing and the install command', () => {
    // A PATH with node and nothing else: no soffice, pdftotext, nginx, fc-list, systemd-analyze, psql...
    const bin = mkdtempSync(join(tmpdir(), 'khcn-bare-path-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const result = runCheck({
      PATH: bin,
      CHROMIUM_PATH: join(bin, 'chromium'),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/none',
    });
    expect(result.status).toBe(1);
    expect(result.ms).toBeLessThan(1_000);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    for (const missing of ['Chromium', 'soffice', 'pdftotext', 'pdffonts', 'Liberation Serif', 'nginx']) {
      expect(lines[0]).toContain(missing);
    }
    expect(lines[0]).toContain('systemd-analyze');
    expect(lines[0]).toContain('pg_dump');
    expect(lines[0]).toMatch(/bash \.ci\/install-system\.sh$/);
  });

  it('passes silently on this machine, which the install script prepared', () => {
    const result = runCheck({ ...(process.env as Record<string, string>) });
    expect(result.stderr, result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is what the root test and check scripts run first', () => {
    const scripts = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts;
    expect(scripts.test).toMatch(/^node scripts\/check-test-system\.ts && /);
    expect(scripts.check).toMatch(/^node scripts\/check-test-system\.ts && /);
  });
});

describe('the test suite', () => {
  it('has no test that skips itself (skip, skipIf, runIf, todo, only): CI fails on a skipped test too', () => {
    const tests = execFileSync('git', ['ls-files', '-z', '*.test.ts', '*.test.tsx'], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    expect(tests.length).toBeGreaterThan(50);
    const skipping = tests.filter((f) =>
      /\b(it|test|describe)\.(skip|skipIf|runIf|todo|only)\b|\bctx\.skip\(|\bcontext\.skip\(/.test(
        readFileSync(join(repoRoot, f), 'utf8'),
      ),
    );
    expect(skipping).toEqual([]);
    expect(readFileSync(join(repoRoot, 'scripts/test-summary.ts'), 'utf8')).toMatch(/skipped > 0/);
  });
});

describe('the repository', () => {
  it('reads nothing outside itself: no path to ../shared or another checkout in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\0')
      // The lockfile's paths are relative to each workspace package, not to the file.
      .filter((f) => f !== 'pnpm-lock.yaml' && /\.(ts|tsx|js|mjs|cjs|json|astro|sh|ya?ml)$|^\.ci\//.test(f));
    const offenders = files.flatMap((file) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      // Relative paths (dot-dot segments, as a seed test once had) resolved from the file’s folder.
      const relative = [...text.matchAll(/(?:\.\.\/)+[\w.-]+/g)].map((m) => m[0]);
      const leaving = relative.filter((p) => !isInside(resolve(dirname(join(repoRoot, file)), p)));
      // Absolute paths into the machine this was written on.
      const absolute = [...text.matchAll(/\/work\/(?:shared|main|wt-[\w-]+)\b/g)].map((m) => m[0]);
      return [...leaving, ...absolute].map((p) => `${file}: ${p}`);
    });
    expect(offenders).toEqual([]);
  });
});
