import { mkdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPublication } from '@khcn/db';
import { insertFinishedPublications } from '@khcn/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from './support/test-context.ts';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';
import { createCallerFactory } from '../src/trpc.ts';
import { appRouter } from '../src/app.router.ts';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
  // Two earlier releases on disk; "pub-new" is live.
  await insertFinishedPublications(
    env.database.db,
    [
      ['pub-old', 'retired'],
      ['pub-new', 'live'],
    ],
    new Date(),
  );
  for (const id of ['pub-old', 'pub-new']) {
    mkdirSync(env.releases.releaseDir(id), { recursive: true });
    writeFileSync(join(env.releases.releaseDir(id), 'index.html'), id);
  }
  await env.releases.switchCurrent('pub-new');
});
afterAll(async () => {
  await env?.destroy();
});

describe('publications.rollback', () => {
  it('allowed: a leader switches the live site back to an earlier release, audited', async () => {
    const result = await env.caller('lanhdao').publications.rollback({ id: 'pub-old' });
    expect(result).toEqual({ id: 'pub-old', previousLiveId: 'pub-new' });
    expect(readlinkSync(env.releases.currentLink)).toBe(join('releases', 'pub-old'));
    expect((await findPublication(env.database.db, 'pub-old'))!.status).toBe('live');
    expect((await findPublication(env.database.db, 'pub-new'))!.status).toBe('retired');
    const audit = await env.auditEntries({ action: 'publication.rollback' });
    expect(audit[0]).toMatchObject({ actorId: 'user-lanhdao', entityId: 'pub-old' });
  });

  it('allowed: the quản trị rolls forward again', async () => {
    await env.caller('quantri').publications.rollback({ id: 'pub-new' });
    expect(readlinkSync(env.releases.currentLink)).toBe(join('releases', 'pub-new'));
  });

  it('rejected: an unknown publication, bad input, or one already live', async () => {
    expect((await rejectionOf(env.caller('lanhdao').publications.rollback({ id: 'khong-co' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await rejectionOf(env.caller('lanhdao').publications.rollback({ id: '' } as never))).code).toBe(
      'BAD_REQUEST',
    );
    expect((await rejectionOf(env.caller('lanhdao').publications.rollback({ id: 'pub-new' }))).code).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('forbidden: editors and clerks, no session, and an API that hosts no releases', async () => {
    expect((await rejectionOf(env.caller('chuyenvien').publications.rollback({ id: 'pub-old' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await rejectionOf(env.caller('vanthu').publications.rollback({ id: 'pub-old' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await rejectionOf(env.caller(null).publications.rollback({ id: 'pub-old' }))).code).toBe(
      'UNAUTHORIZED',
    );
    const withoutReleases = createCallerFactory(appRouter)(
      createTestContext(env.database.db, { user: 'lanhdao' }),
    );
    const rejection = await rejectionOf(withoutReleases.publications.rollback({ id: 'pub-old' }));
    expect(rejection.code).toBe('PRECONDITION_FAILED');
    expect(rejection.userMessage).toContain('pnpm site:rollback');
    expect(readlinkSync(env.releases.currentLink)).toBe(join('releases', 'pub-new'));
  });
});

describe('publications.publishNow', () => {
  it('allowed: queues one publication with exactly one job', async () => {
    const before = (await env.queue.listJobs()).length;
    const { id } = await env.caller('lanhdao').publications.publishNow();
    expect((await findPublication(env.database.db, id))!.status).toBe('queued');
    const jobs = await env.queue.listJobs();
    expect(jobs).toHaveLength(before + 1);
    expect(jobs.filter((j) => j.payload.publicationId === id)).toHaveLength(1);
  });

  it('forbidden: an editor, and no session', async () => {
    expect((await rejectionOf(env.caller('chuyenvien').publications.publishNow())).code).toBe('FORBIDDEN');
    expect((await rejectionOf(env.caller(null).publications.publishNow())).code).toBe('UNAUTHORIZED');
  });
});

describe('settings.divisions', () => {
  it('lists the divisions for any signed-in user, and nobody else', async () => {
    const divisions = await env.caller('chuyenvien').settings.divisions();
    expect(divisions.map((d) => d.code).sort()).toEqual(['QLCN', 'QLKH', 'TDC', 'TTR', 'TTTT', 'VP']);
    expect((await rejectionOf(env.caller(null).settings.divisions())).code).toBe('UNAUTHORIZED');
  });
});
