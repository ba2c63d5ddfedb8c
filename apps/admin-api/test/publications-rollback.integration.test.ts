import { mkdirSync, mkdtempSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertFinishedPublications } from '@khcn/db/testing';
import { createReleaseStore, type ReleaseStore } from '@khcn/publisher';
import { afterAll, beforeAll, describe as suite, expect, it } from 'vitest';
import { describe, mutate } from './support/api-client.ts';
import { createTestSession, createTestUser } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let releases: ReleaseStore;
let leaderSession: string;
let editorSession: string;

beforeAll(async () => {
  releases = createReleaseStore(join(mkdtempSync(join(tmpdir(), 'khcn-api-releases-')), 'site'));
  t = await createTestApp({ siteReleases: releases });
  await insertFinishedPublications(
    t.db.db,
    [
      ['pub-a', 'retired'],
      ['pub-b', 'live'],
    ],
    t.clock.now(),
  );
  for (const id of ['pub-a', 'pub-b']) {
    mkdirSync(releases.releaseDir(id), { recursive: true });
    writeFileSync(join(releases.releaseDir(id), 'index.html'), id);
  }
  await releases.switchCurrent('pub-b');
  leaderSession = await createTestSession(t, (await createTestUser(t, { roles: ['leader'] })).id);
  editorSession = await createTestSession(t, (await createTestUser(t, { roles: ['editor'] })).id);
});
afterAll(async () => {
  await t?.close();
});

suite('POST /trpc/publications.rollback (the admin app’s "Quay lui")', () => {
  it('allowed: a leader switches the live site back, through the HTTP app', async () => {
    const res = await mutate(t, 'publications.rollback', { id: 'pub-a' }, { session: leaderSession });
    expect(res.status, describe(res)).toBe(200);
    expect(readlinkSync(releases.currentLink)).toBe(join('releases', 'pub-a'));
  });

  it('forbidden: an editor; and a bad Origin changes nothing', async () => {
    const editor = await mutate(t, 'publications.rollback', { id: 'pub-b' }, { session: editorSession });
    expect(editor.status, describe(editor)).toBe(403);
    const foreign = await mutate(
      t,
      'publications.rollback',
      { id: 'pub-b' },
      { session: leaderSession, origin: 'https://evil.example' },
    );
    expect(foreign.status, describe(foreign)).toBe(403);
    expect(readlinkSync(releases.currentLink)).toBe(join('releases', 'pub-a'));
  });
});
