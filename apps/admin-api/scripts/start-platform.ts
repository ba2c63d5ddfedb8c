/**
 * `pnpm start`: the whole platform from one command.
 *  - the embedded database (PGlite, `.data/pglite`) migrated and, on first run, seeded with the November 2024
 *    report and the demo accounts (`--reset` starts over); with DATABASE_URL, that PostgreSQL (seeded only by
 *    `pnpm db:seed`);
 *  - the admin API serving the built admin app at http://localhost:3000, with the publish worker in-process;
 *  - the live public-site release at http://localhost:4321, published once from the seed on first run;
 *  - progress while it prepares, the URLs and demo accounts when ready, a clean stop on Ctrl-C.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { environmentForChild, loadServiceConfigOrExit } from '@khcn/config';
import { createDb, findPublication, listPublications, migrateToLatest, withTransaction } from '@khcn/db';
import { DEMO_PASSWORD, demoUsers, seedDatabase } from '@khcn/db/seed';
import { isPublicationRunning, publicationStatusLabels, roleLabels } from '@khcn/domain';
import { createPublishQueue, requestPublication } from '@khcn/publisher';
import { createPublicSiteApp } from '../src/public-site-server.ts';

const { values } = parseArgs({
  options: { reset: { type: 'boolean', default: false } },
  strict: false,
  args: process.argv.slice(2).filter((a) => a !== '--'),
});
const config = loadServiceConfigOrExit();
const env = {
  databaseUrl: config.databaseUrl,
  pgliteDir: config.pgliteDir,
  filesDir: config.filesDir,
  siteRoot: config.siteRoot,
  apiPort: config.port,
  sitePort: config.sitePort,
  host: config.host,
};
const adminUrl = `http://localhost:${env.apiPort}`;
const siteUrl = `http://localhost:${env.sitePort}`;
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const logFile = join(repoRoot, '.data', 'logs', 'admin-api.log');
const say = (line: string) => console.log(`[khcn] ${line}`);
let stopping = false;

// 1. Start over on request (embedded database only: a server database is not ours to drop).
if (values.reset) {
  if (env.databaseUrl) {
    console.error(
      '[khcn] --reset chỉ dùng với cơ sở dữ liệu nhúng; với DATABASE_URL hãy tự xóa và tạo lại cơ sở dữ liệu.',
    );
    process.exit(2);
  }
  say('Xóa dữ liệu cũ (--reset)…');
  for (const path of [env.pgliteDir, `${env.pgliteDir}.lock`, env.siteRoot, env.filesDir])
    rmSync(path, { recursive: true, force: true });
}

// 2. Database: migrate; seed the embedded one on first run; queue the first publication when nothing is live.
say(env.databaseUrl ? 'Kết nối PostgreSQL (DATABASE_URL)…' : `Mở cơ sở dữ liệu nhúng ${env.pgliteDir}…`);
const handle = await createDb({ url: env.databaseUrl, dataDir: env.pgliteDir, poolSize: 2 });
let firstPublication: string | null = null;
try {
  await migrateToLatest(handle.db);
  if (handle.kind === 'pglite') {
    const seeded = await seedDatabase(handle.db, {
      now: new Date(),
      withDemoUsers: true,
      // This embedded database is `pnpm start`'s own demo: the accounts work with the password it prints.
      demoUsersMustChangePassword: false,
      site: undefined,
      onProgress: (step) => say(`Nạp dữ liệu mẫu: ${step}…`),
    });
    if (seeded.seeded) say('Đã nạp báo cáo tháng 11/2024 của Sở KH&CN Hưng Yên.');
  }
  const recent = await listPublications(handle.db, { limit: 20 });
  const pending = recent.find((p) => isPublicationRunning(p.status));
  if (!recent.some((p) => p.status === 'live') && !existsSync(join(env.siteRoot, 'current'))) {
    if (pending) {
      firstPublication = pending.id;
    } else {
      const queue = createPublishQueue(
        handle.kind === 'pg'
          ? { kind: 'pg', url: env.databaseUrl }
          : { kind: 'pglite', pglite: handle.pglite },
        { maintenance: false },
      );
      await queue.start();
      firstPublication = crypto.randomUUID();
      const id = firstPublication;
      await withTransaction(handle.db, async (trx) => {
        await requestPublication(trx, queue, {
          id,
          trigger: 'startup',
          editionId: null,
          requestedBy: null,
          at: new Date(),
        });
      });
      await queue.stop();
      say('Đã xếp lịch xuất bản trang công khai lần đầu.');
    }
  }
} finally {
  await handle.close();
}

// 3. The admin API (with the publish worker) in its own process; its JSON log goes to a file.
mkdirSync(dirname(logFile), { recursive: true });
const log = createWriteStream(logFile, { flags: 'a' });
say(`Khởi động API quản trị (nhật ký: ${logFile})…`);
const api: ChildProcess = spawn(
  process.execPath,
  ['--expose-gc', join(repoRoot, 'apps/admin-api/src/main.ts')],
  {
    env: environmentForChild({
      PORT: String(env.apiPort),
      HOST: env.host,
      SITE_ROOT: env.siteRoot,
      SITE_URL: config.siteUrl ?? siteUrl,
      PUBLISH_WORKER: '1',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let apiExited = false;
api.stdout?.pipe(log);
api.stderr?.on('data', (chunk: Buffer) => {
  log.write(chunk);
  process.stderr.write(chunk);
});
api.on('exit', (code, signal) => {
  apiExited = true;
  if (!stopping) {
    console.error(`[khcn] API quản trị đã dừng (${signal ?? `mã ${code}`}); xem ${logFile}`);
    void stop(1);
  }
});

const stageLabels: Record<string, string> = {
  ...publicationStatusLabels,
  failed: `${publicationStatusLabels.failed} (xem ứng dụng quản trị > Xuất bản)`,
};

/**
 * The first publication's stage. With PostgreSQL it is read from the database; the embedded database belongs to
 * the API process now, so its log says when the publication went live or failed.
 */
let logSaysLive = false;
let logSaysFailed = false;
api.stdout?.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  if (text.includes('"msg":"publication live"')) logSaysLive = true;
  if (text.includes('"msg":"publication failed"')) logSaysFailed = true;
});
async function publicationStatus(id: string): Promise<string | null> {
  if (env.databaseUrl) {
    const h = await createDb({ url: env.databaseUrl, poolSize: 1 });
    try {
      return (await findPublication(h.db, id))?.status ?? null;
    } finally {
      await h.close();
    }
  }
  if (logSaysLive || existsSync(current)) return 'live';
  if (logSaysFailed) return 'failed';
  return 'building';
}

// 4. The live public-site release: `current` is resolved on every request, so a switch shows at once.
const current = join(env.siteRoot, 'current');
const site = createPublicSiteApp(current);
const siteServer = serve({ fetch: site.fetch, hostname: env.host, port: env.sitePort });

// 5. Wait until the API answers and the first publication (if any) is live, showing progress.
async function waitForApi(): Promise<void> {
  for (let i = 0; i < 600 && !apiExited; i++) {
    try {
      if ((await fetch(`${adminUrl}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('API quản trị không sẵn sàng');
}
await waitForApi();
say(`API quản trị sẵn sàng tại ${adminUrl}`);

if (firstPublication) {
  const started = Date.now();
  let last = '';
  for (let i = 0; i < 1800 && !apiExited; i++) {
    const status = await publicationStatus(firstPublication);
    if (status && status !== last) {
      say(`Xuất bản trang công khai: ${stageLabels[status] ?? status}`);
      last = status;
    } else if (i % 10 === 9) {
      say(`  … ${Math.round((Date.now() - started) / 1000)} giây`);
    }
    if (status === 'live' || status === 'failed') break;
    await new Promise((r) => setTimeout(r, 500));
  }
}

say('');
say('Nền tảng đã sẵn sàng:');
say(`  Ứng dụng quản trị:   ${adminUrl}`);
say(`  Trang công khai:     ${siteUrl}`);
say(`Tài khoản minh họa (mật khẩu ${DEMO_PASSWORD}):`);
for (const u of demoUsers)
  say(`  ${u.username.padEnd(16)} ${roleLabels[u.roles[0]!].padEnd(14)} ${u.displayName}`);
say('Nhấn Ctrl-C để dừng.');

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('Đang dừng…');
  siteServer.close();
  if (!apiExited) {
    api.kill('SIGTERM');
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        api.kill('SIGKILL');
        resolve();
      }, 20_000);
      api.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
  }
  log.end();
  say('Đã dừng.');
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
