import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPublication, withTransaction } from '@khcn/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishQueue, type PublishQueue } from '../src/publish-queue.ts';
import { requestPublication } from '../src/publication-lifecycle.ts';
import { createPublisherFixture, type PublisherFixture, serveOverWire } from './support/publisher-fixture.ts';

const workerScript = fileURLToPath(new URL('./fixtures/publish-worker-process.ts', import.meta.url));
let fixture: PublisherFixture;
let served: Awaited<ReturnType<typeof serveOverWire>> | null = null;
let workerUrl: string;
let queue: PublishQueue;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fixture = await createPublisherFixture();
  // Embedded PGlite is served over the wire protocol so a second process can use it.
  served = await serveOverWire(fixture);
  workerUrl = served.url;
  queue = createPublishQueue({ kind: 'pg', url: workerUrl }, { maintenance: false });
  await queue.start();
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await queue?.stop();
  await served?.stop();
  await fixture?.destroy();
});

function startWorker(buildDelayMs: number): ChildProcess {
  const child = spawn(process.execPath, [workerScript], {
    env: {
      ...process.env,
      WORKER_DATABASE_URL: workerUrl,
      WORKER_SITE_ROOT: fixture.deps.store.root,
      WORKER_FILES_DIR: join(fixture.root, 'files'),
      WORKER_BUILD_DELAY_MS: String(buildDelayMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('a publish worker killed mid-build', () => {
  it('runs the job again after restart and goes live; the live site was never partial', async () => {
    const id = `pub-crash-${Date.now()}`;
    await withTransaction(fixture.deps.db, async (trx) => {
      await requestPublication(trx, queue, {
        id,
        trigger: 'approval',
        editionId: null,
        requestedBy: null,
        at: new Date(),
      });
    });

    const first = startWorker(60_000);
    await waitFor('the build stage', async () =>
      (await findPublication(fixture.deps.db, id))?.status === 'building' ? true : undefined,
    );
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    expect(existsSync(fixture.deps.store.currentLink)).toBe(false);
    expect(existsSync(fixture.deps.store.releaseDir(id))).toBe(false);

    const second = startWorker(0);
    const live = await waitFor('the publication to go live', async () => {
      const p = await findPublication(fixture.deps.db, id);
      return p?.status === 'live' ? p : undefined;
    });
    expect(live.attempts).toBeGreaterThanOrEqual(2);
    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', id));
    expect(existsSync(join(fixture.deps.store.currentLink, 'index.html'))).toBe(true);
    expect(readdirSync(fixture.deps.store.releasesDir)).toEqual([id]);
    // The killed attempt's work folder (a half-built site) does not stay behind.
    await waitFor(
      'the crashed attempt’s work folder to be removed',
      async () => (readdirSync(join(fixture.deps.store.root, 'work')).length === 0 ? true : undefined),
      10_000,
    );
    second.kill('SIGTERM');
  }, 120_000);
});
