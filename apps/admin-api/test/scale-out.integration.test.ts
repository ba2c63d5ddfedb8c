/**
 * More than one machine, on one machine: two admin API processes and two publish workers (real processes, their
 * own ports and folders, as docs/runbooks/scale-out.md lays them out) on one PostgreSQL, publishing to an
 * S3-compatible store. Sessions, sign-out and the login throttle hold across the APIs; two approvals made at the
 * same moment on the two APIs are each built at most once, and the site that goes live carries both.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { findEditionById, listPublications, updateUser } from '@khcn/db';
import { seedDatabase } from '@khcn/db/seed';
import { createTestDatabase, type TestDatabase } from '@khcn/db/testing';
import { isPublicationRunning } from '@khcn/domain';
import { inspectBucket, type S3TestServer, startS3TestServer } from '@khcn/publisher/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../vitest.shared.ts';

const apiMain = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const workerMain = fileURLToPath(
  new URL('../../../packages/publisher/src/cli/publish-worker.ts', import.meta.url),
);
const PASSWORD = 'KhcnDemo@2024';

let t: TestDatabase;
let socketServer: PGLiteSocketServer | null = null;
let s3: S3TestServer;
let folder: string;
const children: Array<{ name: string; child: ChildProcess; output: string[] }> = [];
const apis: string[] = [];

function start(name: string, script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [script], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmpdir(),
      LOG_LEVEL: 'warn',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  children.push({ name, child, output });
  return child;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  const logs = children.map((c) => `--- ${c.name}\n${c.output.join('').slice(-3000)}`).join('\n');
  throw new Error(`Timed out waiting for ${what}\n${logs}`);
}

/** One tRPC call over HTTP, as the admin app makes it (cookie, Origin). */
async function call(api: string, path: string, input: unknown, session?: string) {
  const isQuery = path === 'auth.me' || /\.(get|list)$/.test(path);
  const url = isQuery
    ? `${api}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`
    : `${api}/trpc/${path}`;
  const res = await fetch(url, {
    method: isQuery ? 'GET' : 'POST',
    headers: {
      origin: api,
      'content-type': 'application/json',
      ...(session ? { cookie: `khcn_session=${session}` } : {}),
    },
    ...(isQuery ? {} : { body: JSON.stringify(input ?? null) }),
  });
  const body = (await res.json()) as {
    result?: { data: any };
    error?: { data: { domainCode: string | null } };
  };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => /^khcn_session=([^;]*)/.exec(c)?.[1])
    .find((v) => v !== undefined);
  return { status: res.status, data: body.result?.data, error: body.error, cookie };
}

async function signIn(api: string, username: string, password = PASSWORD) {
  const r = await call(api, 'auth.signIn', { username, password });
  expect(r.status, JSON.stringify(r.error)).toBe(200);
  return r.cookie!;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { now: new Date(), withDemoUsers: true });
  for (const id of ['user-chuyenvien', 'user-truongphong', 'user-lanhdao', 'user-vanthu'])
    await updateUser(t.db, { id, at: new Date(), mustChangePassword: false });
  let databaseUrl = t.url;
  if (!databaseUrl) {
    // Embedded PGlite: served over the wire protocol so that four processes can share it (in production this is
    // PostgreSQL; the advisory locks are only real there, and CI runs this test on PostgreSQL).
    const port = await freePort();
    socketServer = new PGLiteSocketServer({ db: t.pglite!, port, host: '127.0.0.1', maxConnections: 100 });
    await socketServer.start();
    databaseUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }
  s3 = await startS3TestServer({ bucket: 'congkhai-scale' });
  folder = mkdtempSync(join(tmpdir(), 'khcn-scale-out-'));
  const shared = {
    DATABASE_URL: databaseUrl,
    // Uploaded and generated documents: one folder every API and worker mounts (NFS in production).
    FILES_DIR: join(folder, 'shared-files'),
    SITE_TARGETS: 'cdn',
    SITE_TARGET_CDN_KIND: 's3',
    SITE_TARGET_CDN_ENDPOINT: s3.endpoint,
    SITE_TARGET_CDN_BUCKET: s3.bucket,
    SITE_TARGET_CDN_ACCESS_KEY_ID: s3.accessKeyId,
    SITE_TARGET_CDN_SECRET_ACCESS_KEY: s3.secretAccessKey,
    DOCUMENTS_PDF: 'false',
  };
  for (const name of ['api-1', 'api-2']) {
    const port = await freePort();
    start(name, apiMain, {
      ...shared,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLISH_WORKER: '0',
      SITE_ROOT: join(folder, name, 'site'),
    });
    apis.push(`http://127.0.0.1:${port}`);
  }
  for (const name of ['worker-1', 'worker-2']) {
    start(name, workerMain, {
      ...shared,
      SITE_ROOT: join(folder, name, 'site'),
      CACHE_DIR: join(folder, name, 'cache'),
    });
  }
  for (const api of apis)
    await waitFor(`${api}/readyz`, async () => ((await fetch(`${api}/readyz`)).ok ? true : undefined));
}, 120_000);

afterAll(async () => {
  for (const { child } of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await Promise.all(
    children.map(({ child }) =>
      child.exitCode === null ? new Promise((r) => child.once('exit', r)) : Promise.resolve(),
    ),
  );
  await s3?.stop();
  await socketServer?.stop();
  await t?.destroy();
  if (folder) rmSync(folder, { recursive: true, force: true });
}, 60_000);

describe('two API processes and two publish workers on one database', () => {
  it('accept a session made on either, and signing out on one ends it on both', async () => {
    const [one, two] = apis as [string, string];
    const session = await signIn(one, 'chuyenvien');
    expect((await call(two, 'auth.me', undefined, session)).data?.username).toBe('chuyenvien');
    expect((await call(two, 'auth.signOut', undefined, session)).status).toBe(200);
    // No process keeps sessions in memory: the other one asks the database, and the session is gone.
    expect((await call(one, 'auth.me', undefined, session)).data).toBeNull();
    expect((await call(one, 'reports.list', {}, session)).status).toBe(401);
  });

  it('hold the login throttle across both: failures on either count, and the account locks for both', async () => {
    const [one, two] = apis as [string, string];
    for (let i = 0; i < 10; i++) {
      const r = await call(i % 2 === 0 ? one : two, 'auth.signIn', {
        username: 'vanthu',
        password: 'sai-mat-khau',
      });
      expect(r.status).toBeGreaterThanOrEqual(400);
    }
    for (const api of [one, two]) {
      const right = await call(api, 'auth.signIn', { username: 'vanthu', password: PASSWORD });
      expect(right.error?.data.domainCode, api).toBe('RATE_LIMITED');
    }
  }, 60_000);

  it('build each of two simultaneous approvals at most once, and the site that goes live carries both', async () => {
    const [one, two] = apis as [string, string];
    const editor = await signIn(one, 'chuyenvien');
    const head = await signIn(two, 'truongphong');
    const leader = await signIn(one, 'lanhdao');

    const december = await call(
      one,
      'reports.create',
      { period: '2024-12', fromPreviousMonth: true },
      editor,
    );
    expect(december.status, JSON.stringify(december.error)).toBe(200);
    const a = december.data.editionId as string;
    expect((await call(one, 'reports.submit', { editionId: a }, editor)).status).toBe(200);
    const correction = await call(
      two,
      'reports.openCorrection',
      { editionId: 'edition-2024-11-1', changeNote: 'Đính chính số liệu tháng 11' },
      head,
    );
    expect(correction.status, JSON.stringify(correction.error)).toBe(200);
    const b = correction.data.editionId as string;
    expect((await call(two, 'reports.submit', { editionId: b }, head)).status).toBe(200);
    const hashOf = async (editionId: string) =>
      (await call(one, 'reports.get', { editionId }, leader)).data.currentHash as string;
    const [hashA, hashB] = [await hashOf(a), await hashOf(b)];

    // The same leader's session, on both processes at once.
    const [approvedA, approvedB] = await Promise.all([
      call(one, 'reports.approve', { editionId: a, contentHash: hashA }, leader),
      call(two, 'reports.approve', { editionId: b, contentHash: hashB }, leader),
    ]);
    expect(approvedA.status, JSON.stringify(approvedA.error)).toBe(200);
    expect(approvedB.status, JSON.stringify(approvedB.error)).toBe(200);

    const settled = await waitFor(
      'both publications to settle',
      async () => {
        const all = await listPublications(t.db, { limit: 10 });
        return all.length >= 2 && all.every((p) => !isPublicationRunning(p.status)) ? all : undefined;
      },
      240_000,
    );
    const live = settled.filter((p) => p.status === 'live');
    expect(live, JSON.stringify(settled.map((p) => [p.seq, p.status, p.error]))).toHaveLength(1);
    expect(
      settled.every((p) => p.status === 'live' || p.status === 'superseded' || p.status === 'retired'),
    ).toBe(true);
    // Each publication built at most once: one attempt, one build stage, one pg-boss job that ran once.
    for (const p of settled) {
      expect(p.attempts, p.id).toBeLessThanOrEqual(1);
      expect(p.stages.filter((s) => s.stage === 'building').length, p.id).toBeLessThanOrEqual(1);
    }
    // pg-boss marks a job completed after its handler returned, a moment after the publication settled: wait for
    // every job to leave the queue's running states, then each ran once and completed.
    const jobs = await waitFor(
      'the publish jobs to finish',
      async () => {
        const rows = await sql<{ state: string; retry_count: number }>`
          SELECT state, retry_count FROM pgboss.job WHERE name = 'site-publish'`.execute(t.db);
        return rows.rows.every((j) => !['created', 'retry', 'active'].includes(j.state)) ? rows : undefined;
      },
      30_000,
    );
    expect(jobs.rows.length).toBe(settled.length);
    expect(jobs.rows, JSON.stringify(jobs.rows)).toEqual(
      settled.map(() => ({ state: 'completed', retry_count: 0 })),
    );
    // The newest wins: the live site exported last and carries both approvals.
    const winner = live[0]!;
    for (const p of settled.filter((x) => x.startedAt))
      expect(new Date(winner.startedAt!).getTime()).toBeGreaterThanOrEqual(new Date(p.startedAt!).getTime());
    expect((await findEditionById(t.db, a))!.edition.status).toBe('published');
    expect((await findEditionById(t.db, b))!.edition.status).toBe('published');
    // And it is what the store serves.
    const bucket = inspectBucket(s3);
    expect(JSON.parse((await bucket.text('_khcn/current.json'))!).id).toBe(winner.id);
    expect(await bucket.text('bao-cao/2024-12/index.html')).toContain('2024');
    bucket.close();
  }, 300_000);
});
