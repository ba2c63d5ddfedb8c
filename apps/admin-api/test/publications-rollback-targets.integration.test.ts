/**
 * The admin app's "Quay lui" on every release target: the local folder and an S3-compatible store (a real server,
 * signatures checked), switched together; a target that refuses leaves both where they were, with the cause.
 */
import { mkdirSync, mkdtempSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3ReleaseTarget } from '@khcn/config';
import { findPublication } from '@khcn/db';
import { insertFinishedPublications } from '@khcn/db/testing';
import {
  createLocalFolderTarget,
  createReleaseStore,
  createS3Target,
  type ReleaseStore,
  type ReleaseTarget,
} from '@khcn/publisher';
import { inspectBucket, type S3TestServer, s3TargetConfig, startS3TestServer } from '@khcn/publisher/testing';
import { afterAll, beforeAll, describe as suite, expect, it } from 'vitest';
import { describe, mutate } from './support/api-client.ts';
import { createTestSession, createTestUser } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let s3: S3TestServer;
let releases: ReleaseStore;
let config: S3ReleaseTarget;
let leaderSession: string;
const apps: TestApp[] = [];

async function appWith(targets: ReleaseTarget[]): Promise<TestApp> {
  const t = await createTestApp({ siteReleases: releases, siteTargets: targets });
  apps.push(t);
  return t;
}

beforeAll(async () => {
  s3 = await startS3TestServer({ bucket: 'quay-lui' });
  releases = createReleaseStore(join(mkdtempSync(join(tmpdir(), 'khcn-api-targets-')), 'site'));
  config = s3TargetConfig(s3);
  // Two releases published to both targets, as the worker leaves them: pub-b live, pub-a kept.
  const local = createLocalFolderTarget('local', releases);
  const cdn = createS3Target(config);
  for (const id of ['pub-a', 'pub-b']) {
    const built = join(releases.root, 'work', id);
    mkdirSync(built, { recursive: true });
    writeFileSync(join(built, 'index.html'), `<!doctype html><title>${id}</title>`);
    await releases.commitRelease(id, built);
    for (const target of [local, cdn]) {
      await target.upload({
        releaseId: id,
        siteDir: releases.releaseDir(id),
        onProgress: () => {},
        log: () => {},
      });
      await target.activate(id, () => {});
    }
  }
  await cdn.close();
});
afterAll(async () => {
  for (const t of apps) await t.close();
  await s3?.stop();
});

async function seedRows(t: TestApp) {
  await insertFinishedPublications(
    t.db.db,
    [
      ['pub-a', 'retired'],
      ['pub-b', 'live'],
    ],
    t.clock.now(),
  );
  leaderSession = await createTestSession(t, (await createTestUser(t, { roles: ['leader'] })).id);
}

suite('POST /trpc/publications.rollback with release targets', () => {
  it('refused by one target: neither is switched, and the message names it (in Vietnamese)', async () => {
    const t = await appWith([
      createLocalFolderTarget('local', releases),
      createS3Target({ ...config, secretAccessKey: 'sai-khoa' }),
    ]);
    await seedRows(t);
    const res = await mutate(t, 'publications.rollback', { id: 'pub-a' }, { session: leaderSession });
    expect(res.status, describe(res)).toBe(502);
    expect(res.body.error.data.userMessage).toContain('Không quay lui được: Đích cdn: kho S3');
    expect(res.body.error.data.userMessage).not.toContain('sai-khoa');
    expect(readlinkSync(releases.currentLink)).toBe(join('releases', 'pub-b'));
    const bucket = inspectBucket(s3);
    expect(await bucket.text('index.html')).toContain('pub-b');
    bucket.close();
    expect((await findPublication(t.db.db, 'pub-b'))!.status).toBe('live');
  });

  it('allowed: a leader switches the local folder and the bucket back together', async () => {
    const t = await appWith([createLocalFolderTarget('local', releases), createS3Target(config)]);
    await seedRows(t);
    const res = await mutate(t, 'publications.rollback', { id: 'pub-a' }, { session: leaderSession });
    expect(res.status, describe(res)).toBe(200);
    expect(readlinkSync(releases.currentLink)).toBe(join('releases', 'pub-a'));
    const bucket = inspectBucket(s3);
    expect(await bucket.text('index.html')).toContain('pub-a');
    expect(JSON.parse((await bucket.text('_khcn/current.json'))!).id).toBe('pub-a');
    bucket.close();
    expect((await findPublication(t.db.db, 'pub-a'))!.status).toBe('live');
  });
});
