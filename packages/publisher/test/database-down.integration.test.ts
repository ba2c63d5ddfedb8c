import { existsSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type DbHandle, findPublication } from '@khcn/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublication } from '../src/run-publication.ts';
import type { SiteBuilder } from '../src/site-builder.ts';
import { createMinimalSiteBuilder } from './support/minimal-site-builder.ts';
import {
  createPublisherFixture,
  type PublisherFixture,
  queuePublication,
  serveOverWire,
} from './support/publisher-fixture.ts';
import { startTcpProxy } from './support/tcp-proxy.ts';

let fixture: PublisherFixture;
let served: Awaited<ReturnType<typeof serveOverWire>> | null = null;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let viaProxy: DbHandle;

beforeAll(async () => {
  fixture = await createPublisherFixture();
  served = await serveOverWire(fixture);
  const u = new URL(served.url);
  const target = { host: u.hostname, port: Number(u.port || 5432), database: u.pathname.slice(1) };
  proxy = await startTcpProxy(target);
  viaProxy = await createDb({
    url: `postgres://postgres@127.0.0.1:${proxy.port}/${target.database}`,
    poolSize: 2,
  });
});

afterAll(async () => {
  await viaProxy?.close().catch(() => {});
  await proxy?.close();
  await served?.stop();
  await fixture?.destroy();
});

describe('the database going down during a build', () => {
  it('fails the attempt cleanly, serves nothing half-written, and succeeds when retried', async () => {
    const first = await queuePublication(fixture.deps);
    await runPublication(fixture.deps, first);

    const build = createMinimalSiteBuilder();
    const cutDuringBuild: SiteBuilder = async (args) => {
      proxy.cut();
      await build(args);
    };
    const second = await queuePublication(fixture.deps);
    const deps = { ...fixture.deps, db: viaProxy.db, buildSite: cutDuringBuild };
    await expect(runPublication(deps, second)).rejects.toThrow();

    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', first));
    expect(existsSync(fixture.deps.store.releaseDir(second))).toBe(false);

    proxy.restore();
    expect(await runPublication({ ...deps, buildSite: build }, second)).toBe('live');
    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', second));
    expect((await findPublication(fixture.deps.db, second))!.attempts).toBe(2);
  });
});
