/**
 * pnpm bench:publish — time from the commit of the approve mutation to `current` switched, on PostgreSQL.
 * Twice: the seed database, and the seed plus a generated ten-year history (~7,000 pages). The approval goes
 * through the real router (reports.create from last month -> submit -> approve); the publish worker runs in this
 * process with the real site build (Astro + Pagefind in a child process) and the official documents.
 * Then the release targets (ADR 0016), each against a real server this script starts on loopback: the ten-year
 * site is published again to an empty S3-compatible bucket (s3_large_first_s: request to live), then January 2025
 * is approved (s3_large_month_s: approve to live; s3_month_objects = objects that upload sent); and the seed is
 * approved and published to a host over SSH (ssh_seed_s: sshd and rsync, approve to live).
 * Prints per-stage times; the LAST line is:
 *   bench:publish seed_s=<n> large_s=<n> large_pages=<n> peak_rss_mb=<n> targets_peak_rss_mb=<n> ssh_seed_s=<n>
 *     s3_large_first_s=<n> s3_large_month_s=<n> s3_month_objects=<n>
 * peak_rss_mb is the peak of this process plus its children (the site build), sampled every 200 ms, during the seed
 * and the ten-year publications to the local folder (as before the release targets); targets_peak_rss_mb the same
 * during the release targets' runs. The S3 and SSH servers this script starts stand in for other machines and are
 * left out. The package
 * script runs this process with the publish worker's production settings (--expose-gc, a 512 MB heap cap).
 */
import { createHash, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '@khcn/config';
import { type Context, appRouter, createCallerFactory, type SessionActor } from '@khcn/admin-router';
import { createDb, createDiskFileStore, findPublication, migrateToLatest } from '@khcn/db';
import { demoUsers, loadApprovedEditions, seedDatabase } from '@khcn/db/seed';
import { canonicalizeContent, seed } from '@khcn/domain';
import {
  createPublishQueue,
  createReleaseStore,
  createS3Target,
  createSiteBuilder,
  createSshTarget,
  type PublisherDeps,
  type ReleaseTarget,
  startPublishWorker,
} from '@khcn/publisher';
import { s3TargetConfig, startS3TestServer, startSshTestServer } from '@khcn/publisher/testing';
import pg from 'pg';

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.error('bench:publish cần DATABASE_URL (PostgreSQL), ví dụ postgres://postgres@127.0.0.1:5432/test');
  process.exit(2);
}

// Peak memory of this process and every descendant (the Astro and Pagefind builds run as children).
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const parts: string[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    // The S3 and SSH servers this script starts stand in for other machines: not the platform's memory.
    if (serverPids.has(pid)) continue;
    total += rss.get(pid) ?? 0;
    parts.push(`${pid}:${Math.round((rss.get(pid) ?? 0) / 1024)}MB`);
    stack.push(...(children.get(pid) ?? []));
  }
  lastParts = parts.join(' ');
  return total;
}
let lastParts = '';
const serverPids = new Set<number>();
let peakKb = 0;
let peakParts = '';
/** The peak since the current approval, for the table. */
let runPeakKb = 0;
const sampler = setInterval(() => {
  const kb = treeRssKb(process.pid);
  runPeakKb = Math.max(runPeakKb, kb);
  if (kb > peakKb) {
    peakKb = kb;
    peakParts = lastParts;
  }
}, 200);

async function recreateDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(baseUrl!);
  u.pathname = `/${name}`;
  return u.toString();
}

function actor(username: string): SessionActor {
  const u = demoUsers.find((d) => d.username === username)!;
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: [...u.roles],
    divisions: [...u.divisions],
    sessionId: `bench-${username}`,
  };
}

type Result = {
  seconds: number;
  pages: number;
  stages: Array<{ stage: string; seconds: number }>;
  /** Objects (files) the last release target's upload sent. */
  sent: number;
  /** Peak memory of this process and its children during this run, MB. */
  peakMb: number;
};

/**
 * Approve-to-live for one monthly report, on a fresh database (the seed, or the seed with ten years of history),
 * with the publish worker sending to `targets` (the local folder when empty). `then` runs further approvals on the
 * same database and worker (the release targets' runs).
 */
async function measure(
  label: string,
  withHistory: boolean,
  targets: ReleaseTarget[] = [],
  then?: (
    approve: (period: string | null, to: ReleaseTarget[], documents?: boolean) => Promise<Result>,
  ) => Promise<void>,
): Promise<Result> {
  // Named after DATABASE_URL's database, so two people benchmarking on one server do not drop each other's.
  const base = new URL(baseUrl!).pathname.slice(1) || 'khcn';
  const url = await recreateDatabase(`${base}_bench_publish_${label.replace(/\W/g, '_')}`);
  // The database is prepared in a child process, so the memory measured is the publisher's, not the generator's.
  await prepareInChild(url, withHistory, label);
  const handle = await createDb({ url, poolSize: 4 });
  const work = mkdtempSync(join(tmpdir(), `khcn-bench-publish-${label}-`));
  const files = createDiskFileStore(handle.db, join(work, 'files'));
  const queue = createPublishQueue({ kind: 'pg', url }, { maintenance: false, pollingIntervalSeconds: 0.5 });
  await queue.start();
  const logger = { info: () => {}, warn: () => {}, error: (o: object, m?: string) => console.error(m, o) };
  const publisher: PublisherDeps = {
    db: handle.db,
    store: createReleaseStore(join(work, 'site')),
    targets,
    files,
    buildSite: createSiteBuilder({ script: parseConfig({}).siteBuildScript }),
    now: () => new Date(),
    logger,
    keepReleases: 3,
    documents: { enabled: true, pdf: true, limit: 3 },
  };
  await startPublishWorker(publisher, queue);
  const createCaller = createCallerFactory(appRouter);
  const context = (username: string): Context => ({
    db: handle.db,
    now: () => new Date(),
    newId: () => randomUUID(),
    actor: actor(username),
    requestId: `bench-${randomUUID()}`,
    clientAddress: '127.0.0.1',
    logger,
    publishQueue: queue,
    files: { put: (a) => files.put(a), read: (k) => files.read(k) },
    sessionCookie: { set: () => {}, clear: () => {} },
  });
  const editor = createCaller(context('chuyenvien'));
  const leader = createCaller(context('lanhdao'));
  /** Approves `period` (or, with null, publishes the current state again, as Xuất bản lại ngay does). */
  const approve = async (period: string | null, to: ReleaseTarget[], documents = true): Promise<Result> => {
    publisher.targets = to;
    publisher.documents = { ...publisher.documents, enabled: documents };
    runPeakKb = 0;
    let publicationId: string;
    if (period) {
      const created = await editor.reports.create({ period, fromPreviousMonth: true });
      await editor.reports.submit({ editionId: created.editionId });
      const view = await leader.reports.get({ editionId: created.editionId });
      const approved = await leader.reports.approve({
        editionId: created.editionId,
        contentHash: view.currentHash,
      });
      publicationId = approved.publicationId;
    } else {
      publicationId = (await leader.publications.publishNow()).id;
    }
    const committedAt = Date.now();
    let publication = await findPublication(handle.db, publicationId);
    while (publication && publication.status !== 'live' && publication.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 100));
      publication = await findPublication(handle.db, publicationId);
    }
    if (publication?.status !== 'live')
      throw new Error(`[${label} ${period}] publication failed: ${publication?.error}`);
    const seconds = (new Date(publication.liveAt!).getTime() - committedAt) / 1000;
    const stages = publication.stages.map((s) => ({
      stage: s.target ? `${s.stage} ${s.target.name}` : s.stage,
      seconds:
        ((s.endedAt ? new Date(s.endedAt).getTime() : Date.now()) - new Date(s.startedAt).getTime()) / 1000,
    }));
    const sent = publication.stages.filter((s) => s.stage === 'uploading').at(-1)?.progress?.files ?? 0;
    return {
      seconds: Math.max(0, seconds),
      pages: publication.pageCount ?? 0,
      stages,
      sent,
      peakMb: Math.round(runPeakKb / 1024),
    };
  };
  const result = await approve('2024-12', targets);
  await then?.(approve);
  await queue.stop();
  await handle.close();
  return result;
}

function prepareInChild(url: string, withHistory: boolean, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--prepare', url, withHistory ? 'history' : 'seed', label],
      {
        stdio: 'inherit',
      },
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`preparing ${label} failed (${code})`)),
    );
  });
}

/** Child mode: migrate, seed and (optionally) load the ten-year history into `url`. */
async function prepare(url: string, withHistory: boolean, label: string): Promise<void> {
  const handle = await createDb({ url, poolSize: 4 });
  await migrateToLatest(handle.db);
  await seedDatabase(handle.db, { now: new Date(), withDemoUsers: true, demoUsersMustChangePassword: false });
  if (withHistory) {
    const { editions } = seed.generateDemoHistory({
      hashContent: (c) => createHash('sha256').update(canonicalizeContent(c)).digest('hex'),
      months: 120,
      endPeriod: '2024-11',
      // Listings renewed in the last quarter before today, so they are live when the site is built.
      listingsLiveOn: new Date().toISOString().slice(0, 10),
    });
    process.stdout.write(`[${label}] nạp lịch sử 10 năm (${editions.length} lần ban hành)…`);
    await loadApprovedEditions(handle.db, { editions, approverId: 'user-lanhdao', at: new Date() });
    console.log(' xong');
  }
  await handle.close();
}

if (process.argv[2] === '--prepare') {
  await prepare(process.argv[3]!, process.argv[4] === 'history', process.argv[5]!);
  process.exit(0);
}

const seedRun = await measure('seed', false);

// The ten-year site (the database of the `large` run) then goes to an empty S3 bucket (s3rver, signatures
// checked), published again as it is, and once more after the next month is approved: only what changed is sent.
const s3 = await startS3TestServer({ bucket: 'bench-congkhai' });
serverPids.add(s3.pid);
const bucket = createS3Target(s3TargetConfig(s3));
let s3First: Result | null = null;
let s3Month: Result | null = null;
const largeRun = await measure('large', true, [], async (approve) => {
  // Without the official documents of old editions: each publication makes up to three more of the generated
  // history's, and one of those fails to render (a history edition links a task record it does not carry).
  s3First = await approve(null, [bucket], false);
  s3Month = await approve('2025-01', [bucket], false);
});
await bucket.close();
await s3.stop();

// The seed to a host over SSH (a real sshd and rsync on loopback).
const sshd = await startSshTestServer();
serverPids.add(sshd.pid);
const ssh = createSshTarget({
  name: 'dmz',
  kind: 'ssh',
  host: sshd.host,
  port: sshd.port,
  user: sshd.user,
  path: join(sshd.siteRoot, 'bench'),
  identityFile: sshd.identityFile,
  knownHostsFile: sshd.knownHostsFile,
});
const sshRun = await measure('seed-ssh', false, [ssh]);
await sshd.stop();
clearInterval(sampler);
const first = s3First as Result | null;
const month = s3Month as Result | null;
if (!first || !month) throw new Error('the S3 runs did not finish');

const rows = [
  ['seed', seedRun],
  ['10 năm', largeRun],
  ['seed → SSH', sshRun],
  ['10 năm → S3 trống', first],
  ['10 năm → S3, tháng sau', month],
] as const;
for (const [name, r] of rows) {
  console.log(
    `| ${name} | ${r.seconds.toFixed(1)} s | ${r.pages} trang | ${r.peakMb} MB | ${r.stages.map((s) => `${s.stage} ${s.seconds.toFixed(1)}`).join(' | ')} |${r.sent ? ` ${r.sent} đối tượng gửi |` : ''}`,
  );
}
console.log(`peak memory by process (this one first): ${peakParts}`);
// peak_rss_mb keeps its meaning (the seed and the ten-year publications to the local folder); the release targets'
// runs have their own peak.
const localPeakMb = Math.max(seedRun.peakMb, largeRun.peakMb);
const targetsPeakMb = Math.max(sshRun.peakMb, first.peakMb, month.peakMb);
console.log(
  `bench:publish seed_s=${seedRun.seconds.toFixed(1)} large_s=${largeRun.seconds.toFixed(1)} large_pages=${largeRun.pages} peak_rss_mb=${localPeakMb} targets_peak_rss_mb=${targetsPeakMb} ssh_seed_s=${sshRun.seconds.toFixed(1)} s3_large_first_s=${first.seconds.toFixed(1)} s3_large_month_s=${month.seconds.toFixed(1)} s3_month_objects=${month.sent}`,
);
process.exit(0);
