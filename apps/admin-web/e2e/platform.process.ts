/**
 * Runs the whole platform the way `pnpm start` does (`node apps/admin-api/scripts/start-platform.ts`), in
 * folders and on ports of the caller's choosing, and reads what it prints: the ready line, the two URLs and
 * the demo accounts. Used by the end-to-end test and by `pnpm docs:screenshots`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const startScript = join(repoRoot, 'apps/admin-api/scripts/start-platform.ts');
const adminDist = join(repoRoot, 'apps/admin-web/dist/index.html');
/** start-platform.ts appends the admin API's JSON log here (one file, whatever the folders). */
export const apiLogFile = join(repoRoot, '.data/logs/admin-api.log');

export const readyLine = 'Nền tảng đã sẵn sàng';

export type PlatformFolders = { pgliteDir: string; siteRoot: string; filesDir: string };

export type Platform = {
  adminUrl: string;
  siteUrl: string;
  password: string;
  usernames: string[];
  /** Everything the platform printed (stdout and stderr, in order). */
  output: () => string;
  /** The last lines printed, and the admin API log's last lines: for failure messages. */
  tail: (lines?: number) => string;
  /** SIGTERM, then the exit code (or signal) once the process has ended. */
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  process: ChildProcess;
};

/** A TCP port nobody listens on right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Fails with a clear message when the admin app has not been built (start-platform serves dist/). */
export function requireBuiltAdminApp(): void {
  if (!existsSync(adminDist)) {
    throw new Error(
      `The admin app is not built (${adminDist} is missing). Run \`pnpm --filter @khcn/admin-web build\` ` +
        '(or `pnpm test`, whose test:e2e task depends on the build) first.',
    );
  }
}

function lastLines(text: string, n: number): string {
  return text.split('\n').slice(-n).join('\n');
}

/**
 * The environment `pnpm start` sees on a fresh clone: no DATABASE_URL (CI sets one for the other tests; the
 * platform would then use that server and not seed), no test-runner variables.
 */
function platformEnv(folders: PlatformFolders, apiPort: number, sitePort: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'DATABASE_URL' || key === 'NODE_ENV' || key.startsWith('VITEST') || key === 'TEST') continue;
    env[key] = value;
  }
  return {
    ...env,
    PGLITE_DIR: folders.pgliteDir,
    SITE_ROOT: folders.siteRoot,
    FILES_DIR: folders.filesDir,
    PORT: String(apiPort),
    SITE_PORT: String(sitePort),
  };
}

/**
 * Starts the platform and resolves once it prints its ready line (the first publication is live by then).
 * Rejects with the output's tail when the process ends or the time runs out first.
 */
export async function startPlatform(options: {
  folders: PlatformFolders;
  apiPort: number;
  sitePort: number;
  readyTimeoutMs?: number;
}): Promise<Platform> {
  requireBuiltAdminApp();
  const child = spawn(process.execPath, [startScript], {
    cwd: repoRoot,
    env: platformEnv(options.folders, options.apiPort, options.sitePort),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const tail = (lines = 40) => {
    const apiLog = existsSync(apiLogFile) ? lastLines(readFileSync(apiLogFile, 'utf8').trimEnd(), 15) : '';
    return [
      `--- platform output (last ${lines} lines) ---`,
      lastLines(text.trimEnd(), lines),
      `--- ${apiLogFile} (last 15 lines; shared by every run) ---`,
      apiLog,
    ].join('\n');
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 150_000);
  while (!text.includes(readyLine)) {
    if (hasExited) throw new Error(`The platform stopped before it was ready.\n${tail()}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The platform did not print "${readyLine}" in time.\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // The lines after the ready line arrive in the same write, or just after it.
  while (!text.includes('Ctrl-C') && !hasExited) await new Promise((r) => setTimeout(r, 50));

  const after = text.slice(text.indexOf(readyLine));
  const adminUrl = /Ứng dụng quản trị:\s+(http\S+)/.exec(after)?.[1];
  const siteUrl = /Trang công khai:\s+(http\S+)/.exec(after)?.[1];
  const password = /\(mật khẩu (\S+)\):/.exec(after)?.[1];
  const accounts = after.slice(after.indexOf('Tài khoản minh họa'));
  const usernames = [...accounts.matchAll(/^\[khcn\]\s{3}(\S+)\s{2,}/gm)].map((m) => m[1]!);
  if (!adminUrl || !siteUrl || !password) {
    child.kill('SIGTERM');
    throw new Error(`The ready message lacks the URLs or the demo password.\n${tail()}`);
  }

  let stopped: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null = null;
  return {
    adminUrl,
    siteUrl,
    password,
    usernames,
    output: () => text,
    tail,
    process: child,
    stop: () => {
      stopped ??= (async () => {
        if (!hasExited) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
        const result = await exited;
        clearTimeout(timer);
        return result;
      })();
      return stopped;
    },
  };
}
