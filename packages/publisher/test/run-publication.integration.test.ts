import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  findEditionById,
  findPublication,
  insertEdition,
  insertReport,
  listAuditEntries,
  withTransaction,
} from '@khcn/db';
import { seed } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { requestPublication } from '../src/publication-lifecycle.ts';
import { rollbackRelease } from '../src/rollback-release.ts';
import { runPublication } from '../src/run-publication.ts';
import type { SiteBuilder } from '../src/site-builder.ts';
import { createMinimalSiteBuilder } from './support/minimal-site-builder.ts';
import {
  fixturePerTest,
  type PublisherFixture,
  queuePublication,
  approveDraft,
  insertDraftReport,
} from './support/publisher-fixture.ts';

const newFixture = fixturePerTest();

const liveIndex = (f: PublisherFixture) => readFileSync(join(f.deps.store.currentLink, 'index.html'), 'utf8');

describe('the publish pipeline', () => {
  it('exports, builds, checks and switches the live site, recording every stage', async () => {
    const fixture = await newFixture();
    const id = await queuePublication(fixture.deps);
    expect(await runPublication(fixture.deps, id)).toBe('live');

    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', id));
    expect(existsSync(join(fixture.deps.store.currentLink, 'bao-cao/2024-11/index.html'))).toBe(true);
    const publication = await findPublication(fixture.deps.db, id);
    expect(publication!.status).toBe('live');
    expect(publication!.stages.map((s) => s.stage)).toEqual([
      'exporting',
      'building',
      'indexing',
      'checking',
      'uploading',
      'switching',
    ]);
    expect(publication!.stages.every((s) => s.ok === true && s.endedAt !== null)).toBe(true);
    // The one release target by default: the local folder, with its files counted.
    const upload = publication!.stages.find((s) => s.stage === 'uploading')!;
    expect(upload.target).toEqual({ name: 'local', kind: 'local' });
    expect(upload.progress!.files).toBe(upload.progress!.totalFiles);
    expect(upload.progress!.totalFiles).toBeGreaterThan(0);
    const edition = await findEditionById(fixture.deps.db, 'edition-2024-11-1');
    expect(edition!.edition.status).toBe('published');
  });

  it('leaves the live site untouched and records the reason when a stage fails', async () => {
    const fixture = await newFixture();
    const first = await queuePublication(fixture.deps);
    await runPublication(fixture.deps, first);
    const before = liveIndex(fixture);

    const failing = {
      ...fixture.deps,
      buildSite: createMinimalSiteBuilder({ fail: 'astro: out of memory' }),
    };
    const second = await queuePublication(fixture.deps);
    await expect(runPublication(failing, second)).rejects.toThrow('astro: out of memory');

    const publication = await findPublication(fixture.deps.db, second);
    expect(publication!.status).toBe('failed');
    expect(publication!.error).toContain('astro: out of memory');
    expect(publication!.stages.at(-1)).toMatchObject({ stage: 'building', ok: false });
    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', first));
    expect(liveIndex(fixture)).toBe(before);
    expect(existsSync(fixture.deps.store.releaseDir(second))).toBe(false);
  });

  describe('never sticks: any failure marks the publication failed with its cause, in Vietnamese', () => {
    it('when the work folder cannot be created', async () => {
      const fixture = await newFixture();
      // Where the work folders go there is a file: mkdir fails (as with a folder that is not writable).
      mkdirSync(fixture.deps.store.root, { recursive: true });
      writeFileSync(join(fixture.deps.store.root, 'work'), 'không phải thư mục');
      const id = await queuePublication(fixture.deps);
      await expect(runPublication(fixture.deps, id)).rejects.toThrow();
      const publication = await findPublication(fixture.deps.db, id);
      expect(publication!.status).toBe('failed');
      expect(publication!.error).toMatch(/^Không tạo được thư mục làm việc .*work.* \((ENOTDIR|EEXIST)\)/);
      expect(publication!.finishedAt).not.toBeNull();
    });

    it('when the disk is full (ENOSPC), naming it', async () => {
      const fixture = await newFixture();
      // /dev/full answers every write with ENOSPC, as a full disk does.
      const diskFull: SiteBuilder = async ({ onLog }) => {
        onLog('Đang ghi trang…');
        await writeFile('/dev/full', 'x'.repeat(64 * 1024));
      };
      const id = await queuePublication(fixture.deps);
      await expect(runPublication({ ...fixture.deps, buildSite: diskFull }, id)).rejects.toThrow();
      const publication = await findPublication(fixture.deps.db, id);
      expect(publication!.status).toBe('failed');
      expect(publication!.error).toMatch(/^Hết dung lượng đĩa \(ENOSPC\)/);
      expect(publication!.stages.at(-1)).toMatchObject({ stage: 'building', ok: false });
      expect(publication!.stages.at(-1)!.log.at(-1)).toBe(publication!.error);
    });

    it('and prune removes the work folders a crashed attempt left', async () => {
      const fixture = await newFixture();
      const work = join(fixture.deps.store.root, 'work');
      // A process that has ended: its pid names a leftover folder, as a worker killed mid-build leaves one.
      const ended = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
      const leftovers = [`pub-old-${ended}-0badcafe`, 'pub-before-pids-1234abcd'];
      for (const name of leftovers) mkdirSync(join(work, name, 'site'), { recursive: true });
      const old = new Date(Date.now() - 2 * 3600_000);
      utimesSync(join(work, 'pub-before-pids-1234abcd'), old, old);
      // A folder of a build running in this very moment in another live process is kept.
      const running = `pub-running-${process.ppid}-0abcdef1`;
      mkdirSync(join(work, running), { recursive: true });

      expect(await runPublication(fixture.deps, await queuePublication(fixture.deps))).toBe('live');
      expect(readdirSync(work)).toEqual([running]);
    });
  });

  it('refuses a build in which text of an unapproved edition appears', async () => {
    const fixture = await newFixture();
    const draftText = 'Nội dung dự thảo tháng 12 chưa được phê duyệt, không được công khai';
    const content = seed.seedContent();
    content.sections[1] = { ...content.sections[1]!, blocks: [{ kind: 'paragraph', text: draftText }] };
    await insertReport(fixture.deps.db, {
      id: 'r-2024-12',
      period: '2024-12',
      at: new Date(),
      createdBy: null,
    });
    await insertEdition(fixture.deps.db, {
      id: 'e-2024-12',
      reportId: 'r-2024-12',
      editionNo: 1,
      changeNote: null,
      content,
      at: new Date(),
      by: null,
    });

    const clean = await queuePublication(fixture.deps);
    expect(await runPublication(fixture.deps, clean)).toBe('live');
    expect(liveIndex(fixture)).not.toContain(draftText);

    const leaking = { ...fixture.deps, buildSite: createMinimalSiteBuilder({ leak: `<p>${draftText}</p>` }) };
    const bad = await queuePublication(fixture.deps);
    await expect(runPublication(leaking, bad)).rejects.toThrow(/chưa phê duyệt/);
    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', clean));
  });

  it('coalesces close approvals and never lets an older publication replace a newer live one', async () => {
    const fixture = await newFixture();
    const older = await queuePublication(fixture.deps, 'approval');
    const newer = await queuePublication(fixture.deps, 'approval');
    expect(await runPublication(fixture.deps, older)).toBe('superseded');
    expect(await runPublication(fixture.deps, newer)).toBe('live');
    expect(await runPublication(fixture.deps, older)).toBe('already-done');
    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', newer));
  });

  it('rolls back to an earlier release and audits it', async () => {
    const fixture = await newFixture();
    const first = await queuePublication(fixture.deps);
    await runPublication(fixture.deps, first);
    const second = await queuePublication(fixture.deps);
    await runPublication(fixture.deps, second);
    expect((await findPublication(fixture.deps.db, first))!.status).toBe('retired');

    const result = await rollbackRelease(fixture.deps, { publicationId: first, actorId: 'user-lanhdao' });
    expect(result.previousLiveId).toBe(second);
    expect(readlinkSync(fixture.deps.store.currentLink)).toBe(join('releases', first));
    expect((await findPublication(fixture.deps.db, first))!.status).toBe('live');
    expect((await findPublication(fixture.deps.db, second))!.status).toBe('retired');
    const audit = await listAuditEntries(fixture.deps.db, {
      action: 'publication.rollback',
      page: 1,
      pageSize: 10,
    });
    expect(audit.items).toEqual([expect.objectContaining({ actorId: 'user-lanhdao', entityId: first })]);
    await expect(
      rollbackRelease(fixture.deps, { publicationId: first, actorId: null }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('marks published only the editions the live site carries, not one approved during the build', async () => {
    const fixture = await newFixture();
    const db = fixture.deps.db;
    const build = createMinimalSiteBuilder();
    const approveDuringBuild: SiteBuilder = async (args) => {
      const content = seed.seedContent();
      await insertDraftReport(db, '2024-12', content);
      await approveDraft(
        db,
        { id: 'e-2024-12', content, records: seed.seedRecords() },
        { sequence: 1, year: 2025, on: '2025-01-05' },
      );
      await build(args);
    };
    const id = await queuePublication(fixture.deps);
    expect(await runPublication({ ...fixture.deps, buildSite: approveDuringBuild }, id)).toBe('live');
    expect((await findEditionById(db, 'edition-2024-11-1'))!.edition.status).toBe('published');
    expect((await findEditionById(db, 'e-2024-12'))!.edition.status).toBe('approved');
  });

  it('still publishes an approval that committed while a newer-numbered publication was exporting', async () => {
    // Two API processes: approval A gets the lower number, but its transaction commits after approval B's
    // publication started exporting, so B's site lacks A. A must then be built and go live, not be superseded.
    const fixture = await newFixture();
    const db = fixture.deps.db;
    const content = seed.seedContent();
    await insertDraftReport(db, '2024-12', content);
    const late = `pub-late-${Date.now()}`;
    await withTransaction(db, (trx) =>
      requestPublication(trx, null, {
        id: late,
        trigger: 'approval',
        editionId: 'e-2024-12',
        requestedBy: null,
        at: new Date(),
      }),
    );
    const build = createMinimalSiteBuilder();
    const approveDuringBuild: SiteBuilder = async (args) => {
      await build(args);
      await approveDraft(
        db,
        { id: 'e-2024-12', content, records: seed.seedRecords() },
        { sequence: 1, year: 2025, on: '2025-01-05' },
      );
    };
    const newer = await queuePublication(fixture.deps, 'approval');
    expect(await runPublication({ ...fixture.deps, buildSite: approveDuringBuild }, newer)).toBe('live');
    expect((await findEditionById(db, 'e-2024-12'))!.edition.status).toBe('approved');

    expect(await runPublication(fixture.deps, late)).toBe('live');
    expect((await findEditionById(db, 'e-2024-12'))!.edition.status).toBe('published');
    expect(liveIndex(fixture)).toContain('Báo cáo 2024-12');
    expect((await findPublication(db, newer))!.status).toBe('retired');
  });

  it('keeps only the configured number of releases, never the live one', async () => {
    const fixture = await newFixture();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await queuePublication(fixture.deps);
      await runPublication(fixture.deps, id);
      ids.push(id);
    }
    const kept = await fixture.deps.store.listReleaseIds();
    expect(kept).toHaveLength(3);
    expect(kept).toContain(ids[4]);
  });
});
