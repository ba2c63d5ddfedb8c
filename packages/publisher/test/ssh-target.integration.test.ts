import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { SshReleaseTarget } from '@khcn/config';
import { findPublication } from '@khcn/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rollbackRelease } from '../src/rollback-release.ts';
import { runPublication } from '../src/run-publication.ts';
import { createLocalFolderTarget } from '../src/targets/local-folder-target.ts';
import { createSshTarget } from '../src/targets/ssh-target.ts';
import { type SshTestServer, startSshTestServer } from '../src/testing/index.ts';
import { createMinimalSiteBuilder } from './support/minimal-site-builder.ts';
import {
  createPublisherFixture,
  type PublisherFixture,
  queuePublication,
} from './support/publisher-fixture.ts';
import { startTcpProxy } from './support/tcp-proxy.ts';

// A real OpenSSH server (Debian's openssh-server) on a loopback port, and rsync: the release target as production
// uses it, against a "host" whose folder is a temporary one.
let server: SshTestServer;
let fixture: PublisherFixture | null = null;
let home = 'initial';

beforeAll(async () => {
  server = await startSshTestServer();
});
afterAll(async () => {
  await server?.stop();
});
afterEach(async () => {
  await fixture?.destroy();
  fixture = null;
});

function sshConfig(root: string, overrides: Partial<SshReleaseTarget> = {}): SshReleaseTarget {
  return {
    name: 'dmz',
    kind: 'ssh',
    host: server.host,
    port: server.port,
    user: server.user,
    path: root,
    identityFile: server.identityFile,
    knownHostsFile: server.knownHostsFile,
    ...overrides,
  };
}

let rootCounter = 0;
async function setUp(options: { bulkBytes?: number; overrides?: Partial<SshReleaseTarget> } = {}) {
  fixture = await createPublisherFixture(
    createMinimalSiteBuilder({ assets: true, bulkBytes: options.bulkBytes, homeText: () => home }),
  );
  rootCounter += 1;
  const root = join(server.siteRoot, `run-${rootCounter}`);
  const ssh = createSshTarget(sshConfig(root, options.overrides), { retryDelayMs: 200 });
  fixture.deps.targets = [createLocalFolderTarget('local', fixture.deps.store), ssh];
  return { root, ssh, deps: fixture.deps };
}

const remoteCurrent = (root: string) => readlinkSync(join(root, 'current'));
const remoteHome = (root: string) => readFileSync(join(root, 'current', 'index.html'), 'utf8');

describe('the SSH release target (real sshd and rsync)', () => {
  it('publishes into releases/<id> on the host, switches current there, and sends only what changed', async () => {
    const { root, deps } = await setUp();
    home = 'Bản thứ nhất';
    const first = await queuePublication(deps);
    expect(await runPublication(deps, first)).toBe('live');
    expect(remoteCurrent(root)).toBe(`releases/${first}`);
    expect(remoteHome(root)).toContain('Bản thứ nhất');
    expect(readlinkSync(deps.store.currentLink)).toBe(join('releases', first));

    const stages = (await findPublication(deps.db, first))!.stages;
    expect(stages.map((s) => s.stage)).toEqual([
      'exporting',
      'building',
      'indexing',
      'checking',
      'uploading',
      'uploading',
      'switching',
    ]);
    const upload = stages.find((s) => s.target?.name === 'dmz')!;
    expect(upload.target).toEqual({ name: 'dmz', kind: 'ssh' });
    expect(upload.progress!.files).toBe(upload.progress!.totalFiles);
    expect(upload.progress!.bytes).toBe(upload.progress!.totalBytes);

    home = 'Bản thứ hai';
    const second = await queuePublication(deps);
    expect(await runPublication(deps, second)).toBe('live');
    expect(remoteCurrent(root)).toBe(`releases/${second}`);
    expect(remoteHome(root)).toContain('Bản thứ hai');
    const secondUpload = (await findPublication(deps.db, second))!.stages.find(
      (s) => s.target?.name === 'dmz',
    )!;
    // The home page and the data file changed; the stylesheet, the search index and the other pages did not.
    expect(secondUpload.progress!.files).toBe(2);
    expect(secondUpload.progress!.totalFiles).toBe(upload.progress!.totalFiles);
    // Unchanged files are hard links into the previous release, not copies.
    const css = readdirSync(join(root, 'releases', second, '_astro'))[0]!;
    const { statSync } = await import('node:fs');
    expect(statSync(join(root, 'releases', second, '_astro', css)).ino).toBe(
      statSync(join(root, 'releases', first, '_astro', css)).ino,
    );
    // No secret in the publication's log.
    const log = JSON.stringify((await findPublication(deps.db, second))!.stages);
    expect(log).not.toContain(server.identityFile);
    expect(log).not.toContain('client_ed25519');
  });

  it('rolls back on the host too, and keeps KEEP_RELEASES releases there', async () => {
    const { root, deps, ssh } = await setUp();
    deps.keepReleases = 2;
    const ids: string[] = [];
    for (const text of ['một', 'hai', 'ba']) {
      home = `Bản ${text}`;
      const id = await queuePublication(deps);
      expect(await runPublication(deps, id)).toBe('live');
      ids.push(id);
    }
    expect(readdirSync(join(root, 'releases')).sort()).toEqual([ids[1], ids[2]].sort());
    await rollbackRelease(deps, { publicationId: ids[1]!, actorId: null });
    expect(remoteCurrent(root)).toBe(`releases/${ids[1]}`);
    expect(remoteHome(root)).toContain('Bản hai');
    expect(readlinkSync(deps.store.currentLink)).toBe(join('releases', ids[1]!));
    expect(await ssh.currentReleaseId()).toBe(ids[1]);
    await expect(rollbackRelease(deps, { publicationId: ids[0]!, actorId: null })).rejects.toMatchObject({
      userMessage: expect.stringContaining('không còn lưu trên local, dmz'),
    });
  });

  it('refuses wrong credentials with a clear Vietnamese cause, every target left on its release', async () => {
    const { root, deps } = await setUp();
    const first = await queuePublication(deps);
    expect(await runPublication(deps, first)).toBe('live');

    deps.targets = [
      createLocalFolderTarget('local', deps.store),
      createSshTarget(sshConfig(root, { identityFile: server.wrongIdentityFile }), { retryDelayMs: 100 }),
    ];
    const second = await queuePublication(deps);
    await expect(runPublication(deps, second)).rejects.toThrow(/từ chối đăng nhập SSH/);
    const failed = (await findPublication(deps.db, second))!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain(`Máy chủ 127.0.0.1:${server.port} từ chối đăng nhập SSH của người dùng`);
    expect(failed.error).not.toContain('stranger_ed25519');
    expect(remoteCurrent(root)).toBe(`releases/${first}`);
    expect(readlinkSync(deps.store.currentLink)).toBe(join('releases', first));
    expect((await findPublication(deps.db, first))!.status).toBe('live');
  });

  it('retries an upload whose connection dropped mid-way, and never switches half a release', async () => {
    const proxy = await startTcpProxy({ host: server.host, port: server.port });
    try {
      const { root, deps } = await setUp({ bulkBytes: 6_000_000, overrides: { port: proxy.port } });
      // The host key is the server's; only the port differs.
      const { writeFileSync } = await import('node:fs');
      const known = readFileSync(server.knownHostsFile, 'utf8').replace(
        `]:${server.port} `,
        `]:${proxy.port} `,
      );
      writeFileSync(`${server.knownHostsFile}.proxy`, known);
      deps.targets = [
        createLocalFolderTarget('local', deps.store),
        createSshTarget(
          sshConfig(root, { port: proxy.port, knownHostsFile: `${server.knownHostsFile}.proxy` }),
          {
            retryDelayMs: 200,
          },
        ),
      ];
      home = 'Trước khi rớt mạng';
      const first = await queuePublication(deps);
      expect(await runPublication(deps, first)).toBe('live');

      // A dropped link once, 1 MB into the next upload: rsync is run again and resumes; the switch follows.
      home = 'Sau khi rớt mạng';
      proxy.dropAfterBytes(1_000_000);
      const second = await queuePublication(deps);
      home = 'Sau khi rớt mạng';
      // Make every document change, so the upload is long enough to cut.
      const live = await runPublicationWithBulkChange(deps, second);
      expect(live).toBe('live');
      expect(proxy.drops()).toBe(1);
      expect(remoteCurrent(root)).toBe(`releases/${second}`);
      expect(remoteHome(root)).toContain('Sau khi rớt mạng');
      const log = (await findPublication(deps.db, second))!.stages.flatMap((s) => s.log).join('\n');
      expect(log).toContain('Mất kết nối SSH');
      expect(log).toContain('Thử lại');

      // The link stays down: the publication fails, the host keeps the last good release and a partial folder.
      const third = await queuePublication(deps);
      proxy.dropAfterBytes(500_000);
      const cutForGood = setInterval(() => {
        if (proxy.drops() >= 2) proxy.cut();
      }, 20);
      await expect(runPublicationWithBulkChange(deps, third)).rejects.toThrow(/Mất kết nối SSH/);
      clearInterval(cutForGood);
      proxy.restore();
      expect(remoteCurrent(root)).toBe(`releases/${second}`);
      expect(remoteHome(root)).toContain('Sau khi rớt mạng');
      expect(existsSync(join(root, 'releases', third))).toBe(false);
      expect(readlinkSync(deps.store.currentLink)).toBe(join('releases', second));
      expect((await findPublication(deps.db, third))!.error).toContain('Mất kết nối SSH');
    } finally {
      await proxy.close();
    }
  }, 90_000);
});

let bulkRound = 0;
/** Runs a publication whose documents all differ from the previous release's (a large upload). */
async function runPublicationWithBulkChange(deps: PublisherFixture['deps'], id: string) {
  bulkRound += 1;
  const round = bulkRound;
  const build = createMinimalSiteBuilder({ assets: true, bulkBytes: 6_000_000, homeText: () => home });
  deps.buildSite = async (args) => {
    await build(args);
    const { readdirSync: list, statSync: sizeOf, writeFileSync: write } = await import('node:fs');
    const { createHash } = await import('node:crypto');
    for (const f of list(join(args.outDir, 'files'))) {
      // New bytes throughout (rsync's delta transfer would otherwise send only a few): the whole file travels.
      const path = join(args.outDir, 'files', f);
      const bytes = Buffer.alloc(sizeOf(path).size);
      for (let b = 0; b < bytes.length; b += 32)
        createHash('sha256').update(`${round}:${f}:${b}`).digest().copy(bytes, b);
      write(path, bytes);
    }
  };
  return runPublication(deps, id);
}
