import { mkdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPublication } from '@khcn/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublication } from '../src/run-publication.ts';
import { createLocalFolderTarget } from '../src/targets/local-folder-target.ts';
import { createS3Target } from '../src/targets/s3-target.ts';
import { createSshTarget } from '../src/targets/ssh-target.ts';
import {
  inspectBucket,
  type S3TestServer,
  type SshTestServer,
  s3TargetConfig,
  startS3TestServer,
  startSshTestServer,
} from '../src/testing/index.ts';
import { createMinimalSiteBuilder } from './support/minimal-site-builder.ts';
import {
  createPublisherFixture,
  type PublisherFixture,
  queuePublication,
} from './support/publisher-fixture.ts';

// Three targets at once, each a real one: the local folder, an S3-compatible server, a host over SSH.
let s3: S3TestServer;
let sshd: SshTestServer;
let fixture: PublisherFixture;

beforeAll(async () => {
  [s3, sshd] = await Promise.all([startS3TestServer(), startSshTestServer()]);
});
afterAll(async () => {
  await fixture?.destroy();
  await Promise.all([s3?.stop(), sshd?.stop()]);
});

describe('several release targets', () => {
  it('puts every target back on its last good release when the switch fails on one of them', async () => {
    let home = 'Bản tốt';
    fixture = await createPublisherFixture(createMinimalSiteBuilder({ assets: true, homeText: () => home }));
    const deps = fixture.deps;
    const local = createLocalFolderTarget('local', deps.store);
    const cdn = createS3Target(s3TargetConfig(s3, 'nhieu-dich/'));
    const hostRoot = join(sshd.siteRoot, 'nhieu-dich');
    const dmz = createSshTarget(
      {
        name: 'dmz',
        kind: 'ssh',
        host: sshd.host,
        port: sshd.port,
        user: sshd.user,
        path: hostRoot,
        identityFile: sshd.identityFile,
        knownHostsFile: sshd.knownHostsFile,
      },
      { retryDelayMs: 100 },
    );
    deps.targets = [local, cdn];
    const first = await queuePublication(deps);
    expect(await runPublication(deps, first)).toBe('live');

    // On the host, someone copied a site into `current` as a folder: the symlink cannot replace it.
    mkdirSync(join(hostRoot, 'current'), { recursive: true });
    writeFileSync(join(hostRoot, 'current', 'index.html'), 'trang chép tay');
    deps.targets = [local, cdn, dmz];
    home = 'Bản không được lên';
    const second = await queuePublication(deps);
    await expect(runPublication(deps, second)).rejects.toThrow(/dmz/);

    const failed = (await findPublication(deps.db, second))!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('Đích dmz');
    expect(failed.error).toContain('Các đích đã chuyển được trả về bản trước.');
    // Uploaded everywhere, then switched on local and S3, then put back.
    expect(failed.stages.filter((s) => s.stage === 'uploading').map((s) => s.target?.name)).toEqual([
      'local',
      'cdn',
      'dmz',
    ]);
    expect(readlinkSync(deps.store.currentLink)).toBe(join('releases', first));
    const bucket = inspectBucket(s3, 'nhieu-dich/');
    expect(await bucket.text('index.html')).toContain('Bản tốt');
    expect(JSON.parse((await bucket.text('_khcn/current.json'))!).id).toBe(first);
    bucket.close();
    expect((await findPublication(deps.db, first))!.status).toBe('live');
  }, 60_000);
});
