/**
 * `pnpm bench:api`: the admin API under load on PostgreSQL.
 *
 * 1. Creates a fresh database next to DATABASE_URL's (`<name>_bench`), migrates it, loads the seed (with the
 *    demo accounts) and a generated ten-year history: 120 monthly reports approved with the seed's outline
 *    and 3000 S&T tasks.
 * 2. Captures the SQL each benchmarked procedure runs, and starts the baseline (scripts/bench-baseline-server.ts:
 *    bare Hono + `pg` running that SQL) and the API itself (`node src/main.ts`) as child processes.
 * 3. Signs in as the demo lãnh đạo Sở and drives each route with autocannon (32 connections, 20 s after a
 *    short warm-up), sampling the API's memory from /proc.
 * 4. Prints a table and, as its last line:
 *    bench:api req_per_s=<report.get req/s> p99_ms=<report.get p99> baseline_ratio=<÷ baseline> rss_mb=<peak RSS>
 *
 * Options: --duration=<seconds> (default 20), --connections=<n> (default 32), --node-options=<NODE_OPTIONS for
 * the API> (default: the production settings below).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appRouter, type Context, createCallerFactory } from '@khcn/admin-router';
import { createDb, type DB, hashReportContent, migrateToLatest } from '@khcn/db';
import { DEMO_PASSWORD, loadApprovedEditions, seedDatabase } from '@khcn/db/seed';
import { emptyFrozenRecords, seed } from '@khcn/domain';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { freePort } from '../../../vitest.shared.ts';
import { parseConfig } from '@khcn/config';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    'node-options': { type: 'string' },
  },
});
const DURATION_S = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const WARMUP_S = 3;
/** USER_HZ: /proc reports CPU time in ticks of 1/100 s on Linux. */
const CLOCK_TICKS_PER_S = 100;
const appDir = fileURLToPath(new URL('..', import.meta.url));
/**
 * The production runtime settings (README "Running in production"): a bounded V8 heap (the live heap is
 * ~30 MB; without a bound V8 lets it grow past 350 MB under load) and two malloc arenas.
 */
const API_RUNTIME_ENV = {
  NODE_OPTIONS: args['node-options'] ?? '--max-old-space-size=192 --max-semi-space-size=8',
  MALLOC_ARENA_MAX: '2',
};

const env = parseConfig(process.env);
if (!env.databaseUrl) {
  console.error('bench:api cần DATABASE_URL (PostgreSQL), ví dụ postgres://postgres@127.0.0.1:5432/test');
  process.exit(1);
}
const baseUrl = new URL(env.databaseUrl);
const benchDbName = `${baseUrl.pathname.slice(1) || 'postgres'}_bench`
  .replace(/[^a-z0-9_]/gi, '_')
  .toLowerCase();
const benchUrl = new URL(env.databaseUrl);
benchUrl.pathname = `/${benchDbName}`;

const log = (message: string) => console.log(`[bench:api] ${message}`);

// ---------------------------------------------------------------------------------------------------------
// 1. Database: fresh, migrated, seeded, ten years of history

async function recreateDatabase(): Promise<void> {
  const adminUrl = new URL(env.databaseUrl!);
  adminUrl.pathname = '/postgres';
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${benchDbName} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${benchDbName}`);
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<void> {
  await recreateDatabase();
  const handle = await createDb({ url: benchUrl.toString(), poolSize: 4 });
  try {
    await migrateToLatest(handle.db);
    await seedDatabase(handle.db, {
      now: new Date(),
      withDemoUsers: true,
      demoUsersMustChangePassword: false,
    });
    // The shared ten-year demo history (the site and publish benchmarks use the same generator).
    const { editions } = seed.generateDemoHistory({
      // The history's editions are loaded with their records, which loadApprovedEditions hashes with them.
      hashContent: (content) => hashReportContent(content, emptyFrozenRecords()),
      months: 120,
      endPeriod: seed.seedPeriod,
      listingsLiveOn: new Date().toISOString().slice(0, 10),
    });
    await loadApprovedEditions(handle.db, { editions, approverId: 'user-lanhdao', at: new Date() });
    log(
      `database ${benchDbName}: seed + ${editions.length} approved editions over 120 months + their records`,
    );
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// 2. The SQL each procedure runs, captured by calling it in-process on a logging Kysely

type CapturedQuery = { sql: string; parameters: unknown[] };
type BenchRoute = { name: string; procedure: string; input: unknown };

function pickRoutes(): { routes: BenchRoute[]; notes: string[] } {
  const known = new Set(Object.keys(appRouter._def.procedures as object));
  const notes: string[] = [];
  const report: BenchRoute = known.has('reports.get')
    ? { name: 'report.get', procedure: 'reports.get', input: { period: seed.seedPeriod } }
    : { name: 'report.get', procedure: 'auth.me', input: undefined };
  if (report.procedure !== 'reports.get')
    notes.push('reports.get does not exist yet: report.get measured auth.me');
  const routes = [report];
  if (known.has('records.list')) {
    routes.push({ name: 'tasks.list', procedure: 'records.list', input: { kind: 'task', pageSize: 50 } });
  } else {
    notes.push('records.list does not exist yet: the task list was not measured');
  }
  return { routes, notes };
}

async function captureQueries(routes: BenchRoute[]): Promise<Record<string, CapturedQuery[]>> {
  const captured: CapturedQuery[] = [];
  const pool = new pg.Pool({ connectionString: benchUrl.toString(), max: 2 });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') {
        captured.push({ sql: event.query.sql, parameters: [...event.query.parameters] });
      }
    },
  });
  const silent = { info() {}, warn() {}, error() {} };
  const ctx: Context = {
    db,
    now: () => new Date(),
    newId: () => randomUUID(),
    actor: {
      userId: 'user-lanhdao',
      roles: ['leader'],
      divisions: [],
      displayName: 'Lãnh đạo Sở',
      username: 'lanhdao',
      sessionId: 'bench',
    },
    requestId: 'bench',
    clientAddress: '127.0.0.1',
    logger: silent,
    publishQueue: { enqueuePublish: async () => null },
    files: {
      put: () => Promise.reject(new Error('no files in the benchmark')),
      read: () => Promise.reject(new Error('no files in the benchmark')),
    },
    sessionCookie: { set() {}, clear() {} },
  };
  const caller = createCallerFactory(appRouter)(ctx) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const result: Record<string, CapturedQuery[]> = {};
  try {
    for (const route of routes) {
      const [area, name] = route.procedure.split('.') as [string, string];
      captured.length = 0;
      await caller[area]![name]!(route.input);
      result[route.name] = [...captured];
    }
  } finally {
    await db.destroy();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// 3. Processes and load

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function start(
  script: string,
  argv: string[],
  childEnv: Record<string, string>,
  logFile: string,
): ChildProcess {
  const out = openSync(logFile, 'w');
  return spawn(process.execPath, [script, ...argv], {
    cwd: appDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...childEnv },
    stdio: ['ignore', out, out],
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });
}

function memoryKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
}

/** CPU time (user + system, all threads) the process has used, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
}

type LoadResult = {
  reqPerSec: number;
  /** CPU the server process spent per request: unlike req/s, barely affected by other load on the machine. */
  cpuMsPerReq: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  kbPerReq: number;
};

async function load(
  url: string,
  headers: Record<string, string>,
  seconds: number,
  serverPid: number,
): Promise<LoadResult> {
  const cpuBefore = cpuMs(serverPid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  return {
    reqPerSec: result.requests.average,
    cpuMsPerReq: result.requests.total > 0 ? (cpuMs(serverPid) - cpuBefore) / result.requests.total : 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    kbPerReq: result.requests.total > 0 ? result.throughput.total / result.requests.total / 1024 : 0,
  };
}

function trpcUrl(base: string, route: BenchRoute): string {
  const input = route.input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(route.input))}`;
  return `${base}/trpc/${route.procedure}${input}`;
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: 'lanhdao', password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('khcn_session='));
  if (!res.ok || !cookie) throw new Error(`sign-in failed: HTTP ${res.status} ${await res.text()}`);
  return cookie.split(';')[0]!;
}

// ---------------------------------------------------------------------------------------------------------

const loadBefore = loadavg();
const workDir = mkdtempSync(join(tmpdir(), 'khcn-bench-api-'));
const children: ChildProcess[] = [];
try {
  await prepareDatabase();
  const { routes, notes } = pickRoutes();
  const queries = await captureQueries(routes);
  const queriesFile = join(workDir, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(queries));
  for (const r of routes) log(`${r.name} (${r.procedure}) runs ${queries[r.name]!.length} SQL statements`);

  const [apiPort, basePort] = [await freePort(), await freePort()];
  const api = start(
    'src/main.ts',
    [],
    {
      ...API_RUNTIME_ENV,
      NODE_ENV: 'production',
      DATABASE_URL: benchUrl.toString(),
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      LOG_LEVEL: 'info',
      FILES_DIR: join(workDir, 'files'),
      SITE_ROOT: join(workDir, 'site'),
      ADMIN_WEB_DIST: join(workDir, 'no-admin-web'),
    },
    join(workDir, 'api.log'),
  );
  children.push(api);
  const baseline = start(
    'scripts/bench-baseline-server.ts',
    [benchUrl.toString(), String(basePort), queriesFile],
    {},
    join(workDir, 'baseline.log'),
  );
  children.push(baseline);
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const baselineBase = `http://127.0.0.1:${basePort}`;
  await waitFor(`${apiBase}/readyz`);
  await waitFor(`${baselineBase}/${routes[0]!.name}`);
  const cookie = await signIn(apiBase);

  let peakRssKb = 0;
  const sampler = setInterval(() => {
    peakRssKb = Math.max(peakRssKb, memoryKb(api.pid!, 'VmRSS'));
  }, 250);

  const rows: Array<{ route: string; r: LoadResult }> = [];
  for (const route of routes) {
    const apiUrl = trpcUrl(apiBase, route);
    const check = await fetch(apiUrl, { headers: { cookie } });
    if (!check.ok) throw new Error(`${route.procedure}: HTTP ${check.status} ${await check.text()}`);
    await load(apiUrl, { cookie }, WARMUP_S, api.pid!);
    rows.push({ route: `${route.name} (API)`, r: await load(apiUrl, { cookie }, DURATION_S, api.pid!) });
    const baseUrlOfRoute = `${baselineBase}/${route.name}`;
    await load(baseUrlOfRoute, {}, WARMUP_S, baseline.pid!);
    rows.push({
      route: `${route.name} (baseline)`,
      r: await load(baseUrlOfRoute, {}, DURATION_S, baseline.pid!),
    });
  }
  clearInterval(sampler);
  const hwmKb = memoryKb(api.pid!, 'VmHWM');
  const rssMb = Math.max(hwmKb, peakRssKb) / 1024;

  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (v: number, digits = 0) => v.toFixed(digits).padStart(9);
  console.log('');
  console.log(
    `${pad('route', 24)}${'req/s'.padStart(9)}${'CPU ms/req'.padStart(11)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'KiB/req'.padStart(9)}${'non-2xx'.padStart(9)}${'errors'.padStart(9)}`,
  );
  for (const { route, r } of rows) {
    console.log(
      `${pad(route, 24)}${num(r.reqPerSec)}${r.cpuMsPerReq.toFixed(2).padStart(11)}${num(r.p50, 1)}${num(r.p99, 1)}${num(r.kbPerReq, 1)}${num(r.non2xx)}${num(r.errors)}`,
    );
  }
  console.log('');
  console.log(
    `${CONNECTIONS} connections, ${DURATION_S} s per route after ${WARMUP_S} s warm-up; API peak RSS ${rssMb.toFixed(0)} MB (VmHWM).`,
  );
  console.log(
    `API runtime: NODE_OPTIONS="${API_RUNTIME_ENV.NODE_OPTIONS}" MALLOC_ARENA_MAX=${API_RUNTIME_ENV.MALLOC_ARENA_MAX}`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average before ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (the API, PostgreSQL and autocannon share these cores).`,
  );
  for (let i = 0; i + 1 < rows.length; i += 2) {
    const [api, base] = [rows[i]!, rows[i + 1]!];
    console.log(
      `${api.route.replace(' (API)', '')}: the API spends ${(api.r.cpuMsPerReq / base.r.cpuMsPerReq).toFixed(1)}× the baseline's CPU per request (${api.r.cpuMsPerReq.toFixed(2)} vs ${base.r.cpuMsPerReq.toFixed(2)} ms).`,
    );
  }
  for (const note of notes) console.log(`note: ${note}`);
  const bad = rows.filter(({ r }) => r.non2xx > 0 || r.errors > 0);
  if (bad.length > 0) console.log(`warning: non-2xx or errors on ${bad.map((b) => b.route).join(', ')}`);

  const reportApi = rows[0]!.r;
  const reportBaseline = rows[1]!.r;
  await Promise.all(children.map(stop));
  console.log(
    `bench:api req_per_s=${reportApi.reqPerSec.toFixed(0)} p99_ms=${reportApi.p99.toFixed(1)} baseline_ratio=${(reportApi.reqPerSec / reportBaseline.reqPerSec).toFixed(2)} rss_mb=${rssMb.toFixed(0)}`,
  );
} catch (error) {
  console.error(error);
  await Promise.all(children.map(stop));
  process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
