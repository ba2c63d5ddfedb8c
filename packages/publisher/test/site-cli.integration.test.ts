/**
 * `khcn site:status` and `khcn site:rollback` (the maintainers' CLIs, run as processes with their environment)
 * on several release targets: the local folder and an S3-compatible store.
 */
import { spawn } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPublication, listAuditEntries } from '@khcn/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublication } from '../src/run-publication.ts';
import { createLocalFolderTarget } from '../src/targets/local-folder-target.ts';
import { createS3Target } from '../src/targets/s3-target.ts';
import { inspectBucket, type S3TestServer, s3TargetConfig, startS3TestServer } from '../src/testing/index.ts';
import { createMinimalSiteBuilder } from './support/minimal-site-builder.ts';
import {
  createPublisherFixture,
  type PublisherFixture,
  queuePublication,
  serveOverWire,
} from './support/publisher-fixture.ts';

const cli = (name: string) => fileURLToPath(new URL(`../src/cli/${name}.ts`, import.meta.url));
let fixture: PublisherFixture;
let s3: S3TestServer;
let served: Awaited<ReturnType<typeof serveOverWire>> | null = null;
let env: Record<string, string>;
const ids: string[] = [];

beforeAll(async () => {
  s3 = await startS3TestServer({ bucket: 'cli-congkhai' });
  let home = '';
  fixture = await createPublisherFixture(createMinimalSiteBuilder({ homeText: () => home }));
  served = await serveOverWire(fixture);
  const databaseUrl = served.url;
  const config = s3TargetConfig(s3, 'cli/');
  fixture.deps.targets = [createLocalFolderTarget('local', fixture.deps.store), createS3Target(config)];
  for (const text of ['Bản một', 'Bản hai']) {
    home = text;
    const id = await queuePublication(fixture.deps);
    expect(await runPublication(fixture.deps, id)).toBe('live');
    ids.push(id);
  }
  env = {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: databaseUrl,
    SITE_ROOT: fixture.deps.store.root,
    FILES_DIR: join(fixture.root, 'files'),
    SITE_TARGETS: 'local,cdn',
    SITE_TARGET_CDN_KIND: 's3',
    SITE_TARGET_CDN_ENDPOINT: s3.endpoint,
    SITE_TARGET_CDN_BUCKET: s3.bucket,
    SITE_TARGET_CDN_PREFIX: 'cli/',
    SITE_TARGET_CDN_ACCESS_KEY_ID: s3.accessKeyId,
    SITE_TARGET_CDN_SECRET_ACCESS_KEY: 'S3RVER',
  };
}, 60_000);
afterAll(async () => {
  await served?.stop();
  await fixture?.destroy();
  await s3?.stop();
});

/** Runs a CLI as a process (asynchronously: the embedded database's socket server answers from this process). */
function run(name: string, args: string[] = []): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli(name), ...args], { env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.on('close', (status) => resolve({ status, out }));
  });
}

describe('the maintainers’ site CLIs with release targets', () => {
  it('site:status shows each target’s live release and where each publication is kept, never a key', async () => {
    const { status, out } = await run('site-status');
    expect(status, out).toBe(0);
    expect(out).toContain(`local (thư mục ${fixture.deps.store.root})`);
    expect(out).toContain(`cdn (s3 ${s3.endpoint}/${s3.bucket}/cli/)`);
    expect(out.match(new RegExp(`đang công khai: ${ids[1]}`, 'g'))).toHaveLength(2);
    expect(out).toContain(`còn bản trên local, cdn`);
    expect(out).not.toContain('S3RVER');
  });

  it('site:rollback switches every target and audits the maintainer', async () => {
    const { status, out } = await run('site-rollback', [ids[0]!, '--as', 'Nguyễn Văn Bảo Trì']);
    expect(status, out).toBe(0);
    expect(out).toContain('trên mọi nơi phát hành');
    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', ids[0]!));
    const bucket = inspectBucket(s3, 'cli/');
    expect(await bucket.text('index.html')).toContain('Bản một');
    bucket.close();
    expect((await findPublication(fixture.deps.db, ids[0]!))!.status).toBe('live');
    const audit = await listAuditEntries(fixture.deps.db, {
      action: 'publication.rollback',
      page: 1,
      pageSize: 5,
    });
    expect(audit.items[0]).toMatchObject({ entityId: ids[0] });
    expect(JSON.stringify(audit.items[0])).toContain('Nguyễn Văn Bảo Trì');
    expect(JSON.stringify(audit.items[0])).not.toContain('S3RVER');
  });
});
