import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findPublication } from '@khcn/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rollbackRelease } from '../src/rollback-release.ts';
import { runPublication } from '../src/run-publication.ts';
import { createS3Target } from '../src/targets/s3-target.ts';
import { inspectBucket, type S3TestServer, s3TargetConfig, startS3TestServer } from '../src/testing/index.ts';
import { createMinimalSiteBuilder } from './support/minimal-site-builder.ts';
import {
  createPublisherFixture,
  type PublisherFixture,
  queuePublication,
} from './support/publisher-fixture.ts';

import { startTcpProxy } from './support/tcp-proxy.ts';

// An S3-compatible server (s3rver, checking signatures) started by the test, driven through @aws-sdk/client-s3.
let server: S3TestServer;
let fixture: PublisherFixture | null = null;
let home = '';
let extraPage: string | null = null;

beforeAll(async () => {
  server = await startS3TestServer();
});
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  await fixture?.destroy();
  fixture = null;
});

let prefixCounter = 0;
async function setUp(options: { bulkBytes?: number; endpoint?: string } = {}) {
  const build = createMinimalSiteBuilder({
    assets: true,
    bulkBytes: options.bulkBytes,
    homeText: () => home,
  });
  fixture = await createPublisherFixture(async (args) => {
    await build(args);
    if (extraPage) {
      await mkdir(join(args.outDir, 'tam-thoi'), { recursive: true });
      await writeFile(
        join(args.outDir, 'tam-thoi', 'index.html'),
        `<!doctype html><title>${extraPage}</title>`,
      );
    }
  });
  prefixCounter += 1;
  const prefix = `lan-${prefixCounter}/`;
  const config = s3TargetConfig(server, prefix, options.endpoint ? { endpoint: options.endpoint } : {});
  const target = createS3Target(config);
  fixture.deps.targets = [target];
  const bucket = inspectBucket(server, prefix);
  return { deps: fixture.deps, target, config, bucket, prefix };
}

describe('the S3 release target (a real S3-compatible server)', () => {
  it('serves pages and assets at their keys with the right type and caching, and sends only what changed', async () => {
    const { deps, bucket } = await setUp();
    home = 'Bản thứ nhất';
    const first = await queuePublication(deps);
    expect(await runPublication(deps, first)).toBe('live');
    expect(await bucket.text('index.html')).toContain('Bản thứ nhất');
    expect(JSON.parse((await bucket.text('_khcn/current.json'))!).id).toBe(first);

    const keys = await bucket.keys();
    const css = keys.find((k) => k.startsWith('_astro/'))!;
    const fragment = keys.find((k) => k.endsWith('.pf_fragment'))!;
    expect(await bucket.head('index.html')).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'public, max-age=60',
    });
    expect(await bucket.head(css)).toMatchObject({
      contentType: 'text/css; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(await bucket.head(fragment)).toMatchObject({
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(await bucket.head('pagefind/pagefind-entry.json')).toMatchObject({
      contentType: 'application/json; charset=utf-8',
      cacheControl: 'public, max-age=60',
    });
    expect(await bucket.head('du-lieu.json')).toMatchObject({
      contentType: 'application/json; charset=utf-8',
    });
    const firstUpload = (await findPublication(deps.db, first))!.stages.find((s) => s.stage === 'uploading')!;
    expect(firstUpload.target).toEqual({ name: 'cdn', kind: 's3' });
    // Every file once; pages with the same content (the stand-in build makes a few) travel once.
    expect(firstUpload.progress!.totalFiles).toBe(keys.filter((k) => !k.startsWith('_khcn/')).length);
    expect(firstUpload.progress!.files).toBeGreaterThan(5);
    expect(firstUpload.progress!.bytes).toBeGreaterThan(0);

    home = 'Bản thứ hai';
    const second = await queuePublication(deps);
    expect(await runPublication(deps, second)).toBe('live');
    expect(await bucket.text('index.html')).toContain('Bản thứ hai');
    expect(JSON.parse((await bucket.text('_khcn/current.json'))!).id).toBe(second);
    const secondUpload = (await findPublication(deps.db, second))!.stages.find(
      (s) => s.stage === 'uploading',
    )!;
    // The home page and the data file: nothing else is sent again.
    expect(secondUpload.progress!.files).toBe(2);
    expect(secondUpload.progress!.totalFiles).toBe(firstUpload.progress!.totalFiles);
    const log = JSON.stringify((await findPublication(deps.db, second))!.stages);
    expect(log).not.toContain(server.secretAccessKey);
    expect(log).not.toContain(server.accessKeyId);
    bucket.close();
  });

  it('keeps what no release serves for the grace period, deletes it after, and rolls back from another machine', async () => {
    const { deps, config, bucket } = await setUp();
    home = 'Có trang tạm';
    extraPage = 'Trang tạm thời';
    const first = await queuePublication(deps);
    expect(await runPublication(deps, first)).toBe('live');
    home = 'Không còn trang tạm';
    extraPage = null;
    const second = await queuePublication(deps);
    expect(await runPublication(deps, second)).toBe('live');
    // Still there during the grace period (a cached page may still link to it)...
    expect(await bucket.text('tam-thoi/index.html')).toContain('Trang tạm thời');
    const pointer = JSON.parse((await bucket.text('_khcn/current.json'))!);
    expect(Object.keys(pointer.orphans)).toEqual(['tam-thoi/index.html']);
    // ...and gone once it is over.
    const later = createS3Target(config, { now: () => new Date(Date.now() + 25 * 3_600_000) });
    await later.prune(5, () => {});
    expect(await bucket.text('tam-thoi/index.html')).toBeNull();
    expect(await bucket.text('index.html')).toContain('Không còn trang tạm');

    // Another machine (an API process with no release folder) rolls back: everything comes from the bucket.
    const elsewhere = createS3Target(config);
    const result = await rollbackRelease(
      { db: deps.db, now: () => new Date(), targets: [elsewhere], store: deps.store },
      { publicationId: first, actorId: 'user-lanhdao' },
    );
    expect(result.previousLiveId).toBe(second);
    expect(await bucket.text('index.html')).toContain('Có trang tạm');
    expect(await bucket.text('tam-thoi/index.html')).toContain('Trang tạm thời');
    expect(JSON.parse((await bucket.text('_khcn/current.json'))!).id).toBe(first);
    expect((await findPublication(deps.db, first))!.status).toBe('live');
    bucket.close();
  });

  it('refuses wrong credentials with a clear Vietnamese cause and switches nothing', async () => {
    const { deps, config, bucket } = await setUp();
    home = 'Bản đúng khóa';
    const first = await queuePublication(deps);
    expect(await runPublication(deps, first)).toBe('live');

    deps.targets = [createS3Target({ ...config, secretAccessKey: 'khoa-bi-mat-sai' })];
    const logged: string[] = [];
    deps.logger = {
      info: (o, m) => logged.push(`${m} ${JSON.stringify(o)}`),
      // As pino serialises an error: its own fields and its cause's.
      error: (o, m) =>
        logged.push(
          `${m} ${JSON.stringify(o, (_k, v) => (v instanceof Error ? { ...v, message: v.message, cause: v.cause } : v))}`,
        ),
    };
    home = 'Bản sai khóa';
    const second = await queuePublication(deps);
    await expect(runPublication(deps, second)).rejects.toThrow(/từ chối khóa truy cập/);
    expect(logged.join('\n')).toContain('từ chối khóa truy cập');
    for (const secret of [server.accessKeyId, 'khoa-bi-mat-sai'])
      expect(logged.join('\n')).not.toContain(secret);
    const failed = (await findPublication(deps.db, second))!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe(
      `Đích cdn: kho S3 ${server.endpoint}/${server.bucket} từ chối khóa truy cập (sai khóa hoặc khóa không có quyền ghi bucket).`,
    );
    expect(JSON.stringify(failed)).not.toContain('khoa-bi-mat-sai');
    expect(await bucket.text('index.html')).toContain('Bản đúng khóa');
    expect((await findPublication(deps.db, first))!.status).toBe('live');
    bucket.close();
  });

  it('retries an upload whose connection dropped, and never shows half a release', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: server.port });
    try {
      const { deps, bucket } = await setUp({
        bulkBytes: 4_000_000,
        endpoint: `http://127.0.0.1:${proxy.port}`,
      });
      home = 'Trước khi rớt mạng';
      const first = await queuePublication(deps);
      expect(await runPublication(deps, first)).toBe('live');

      const bulk = createMinimalSiteBuilder({ assets: true, bulkBytes: 4_000_000, homeText: () => home });
      let round = 0;
      deps.buildSite = async (args) => {
        await bulk(args);
        round += 1;
        const { readdirSync, writeFileSync } = await import('node:fs');
        for (const f of readdirSync(join(args.outDir, 'files')))
          writeFileSync(join(args.outDir, 'files', f), `${round}:${f}:`.repeat(60_000));
      };
      home = 'Sau khi rớt mạng';
      proxy.dropAfterBytes(1_500_000);
      const second = await queuePublication(deps);
      expect(await runPublication(deps, second)).toBe('live');
      expect(proxy.drops()).toBe(1);
      expect(await bucket.text('index.html')).toContain('Sau khi rớt mạng');

      // The link goes down for good during the upload: failed, and the bucket still serves the last release.
      home = 'Không bao giờ hiện';
      proxy.dropAfterBytes(1_000_000);
      const watch = setInterval(() => {
        if (proxy.drops() >= 2) proxy.cut();
      }, 10);
      const third = await queuePublication(deps);
      await expect(runPublication(deps, third)).rejects.toThrow(/mất kết nối tới kho S3/);
      clearInterval(watch);
      proxy.restore();
      expect(await bucket.text('index.html')).toContain('Sau khi rớt mạng');
      expect(JSON.parse((await bucket.text('_khcn/current.json'))!).id).toBe(second);
      expect((await findPublication(deps.db, third))!.error).toContain('mất kết nối tới kho S3');
      bucket.close();
    } finally {
      await proxy.close();
    }
  }, 90_000);
});
