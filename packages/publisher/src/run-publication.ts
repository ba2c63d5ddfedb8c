import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Database,
  type DiskFileStore,
  findEditionById,
  findLivePublication,
  findPublication,
  listPublications,
  markEditionsPublished,
  type Publication,
  type PublicationStage,
  updatePublication,
  listApprovedEditions,
  insertAuditEntry,
  withPublicationLock,
  withSiteSwitchLock,
} from '@khcn/db';
import type { PublicationPipelineStage, ReleaseTargetProgress } from '@khcn/domain';
import { checkBuild, expectationOf } from './check-build.ts';
import { collectCanaryTexts } from './canary-texts.ts';
import { ensureEditionDocuments } from './edition-documents.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { describePublishFailure } from './publish-failure.ts';
import type { ReleaseStore } from './release-store.ts';
import type { SiteBuilder } from './site-builder.ts';
import { createLocalFolderTarget } from './targets/local-folder-target.ts';
import type { ReleaseTarget } from './targets/release-target.ts';
import { switchTargets } from './targets/switch-targets.ts';

export type PublisherLogger = {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

export type PublisherDeps = {
  db: Database;
  store: ReleaseStore;
  files: DiskFileStore | null;
  buildSite: SiteBuilder;
  now: () => Date;
  logger: PublisherLogger;
  keepReleases: number;
  /**
   * Where releases go (ADR 0016); each is a stage of the publication. Default: the local folder `store` alone.
   * Every release is first written to `store` (the source the other targets upload from).
   */
  targets?: ReleaseTarget[] | undefined;
  /** Generate the official documents of approved editions lacking them (PDF needs LibreOffice). */
  documents: { enabled: boolean; pdf: boolean; limit: number; sofficePath?: string | undefined };
  siteUrl?: string | undefined;
};

/** `busy`: another process is working on this publication right now (it alone finishes it). */
export type PublicationOutcome = 'live' | 'superseded' | 'already-done' | 'busy';

/** The release targets of `deps` (the local folder when none are configured). */
export function targetsOf(deps: Pick<PublisherDeps, 'targets' | 'store'>): ReleaseTarget[] {
  return deps.targets && deps.targets.length > 0
    ? deps.targets
    : [createLocalFolderTarget('local', deps.store)];
}

/** Records each stage with its start, end and log on the publication row as it happens. */
function createStageRecorder(deps: PublisherDeps, publication: Publication) {
  const stages: PublicationStage[] = [...publication.stages];
  let current: PublicationStage | null = null;
  const save = () => updatePublication(deps.db, publication.id, { stages });
  let progressSaved = 0;
  let progressWrite: Promise<void> = Promise.resolve();
  return {
    stages,
    async begin(stage: PublicationPipelineStage, target?: ReleaseTarget) {
      await progressWrite;
      if (current) {
        current.endedAt = deps.now().toISOString();
        current.ok = true;
      }
      current = {
        stage,
        startedAt: deps.now().toISOString(),
        endedAt: null,
        log: [],
        ok: null,
        ...(target ? { target: { name: target.name, kind: target.kind } } : {}),
      };
      stages.push(current);
      await updatePublication(deps.db, publication.id, { status: stage, stages });
    },
    /** Files and bytes sent so far; written to the row at most once a second (and by the next begin/end). */
    progress(progress: ReleaseTargetProgress) {
      if (!current) return;
      current.progress = { ...progress };
      if (Date.now() - progressSaved < 1000) return;
      progressSaved = Date.now();
      progressWrite = progressWrite.then(save).catch((error: unknown) => {
        deps.logger.error({ err: error, publicationId: publication.id }, 'could not record progress');
      });
    },
    log(line: string) {
      if (!current) return;
      current.log.push(line);
      if (current.log.length > 200) current.log.splice(0, current.log.length - 200);
    },
    async end(ok: boolean, line?: string) {
      await progressWrite;
      if (current) {
        if (line) current.log.push(line);
        current.endedAt = deps.now().toISOString();
        current.ok = ok;
      }
      await save();
    },
  };
}

/**
 * One publication, start to finish: export the snapshot, build the site and its index in a fresh folder, check
 * it, move it into `releases/<id>` and switch `current` atomically. Any failure leaves the live site untouched
 * and marks the publication failed with its reason (then rethrows, so the queue retries).
 * Several approvals close together coalesce: a publication with a newer one still queued is superseded, and at the
 * switch the publication that exported last wins (it carries every approval the others carry).
 */
export async function runPublication(
  deps: PublisherDeps,
  publicationId: string,
): Promise<PublicationOutcome> {
  // One process works on a publication at a time, whatever started it (a job, a resumed job, the CLI).
  const run = await withPublicationLock(deps.db, publicationId, () =>
    runPublicationLocked(deps, publicationId),
  );
  return run.busy ? 'busy' : run.value;
}

async function runPublicationLocked(deps: PublisherDeps, publicationId: string): Promise<PublicationOutcome> {
  const publication = await findPublication(deps.db, publicationId);
  if (!publication) throw new Error(`Publication ${publicationId} not found`);
  if (
    publication.status === 'live' ||
    publication.status === 'superseded' ||
    publication.status === 'retired'
  ) {
    return 'already-done';
  }
  if (await isCoveredAtStart(deps.db, publication)) {
    await updatePublication(deps.db, publication.id, { status: 'superseded', finishedAt: deps.now() });
    return 'superseded';
  }

  const recorder = createStageRecorder(deps, publication);
  // When this attempt's export starts: a publication exports everything approved by then (newest wins by this).
  const exportedAt = deps.now();
  await updatePublication(deps.db, publication.id, {
    startedAt: exportedAt,
    error: null,
    attempts: publication.attempts + 1,
  });
  let workDir: string | null = null;
  try {
    await recorder.begin('exporting');
    workDir = await deps.store.createWorkDir(publication.id);
    const siteDir = join(workDir, 'site');
    // The snapshot and the approved editions live only inside this step: the build that follows may need the
    // memory they took.
    const { snapshotPath, expected, canaries, editionIds } = await prepareSnapshot(
      deps,
      publication.id,
      workDir,
      (l) => recorder.log(l),
    );
    // With --expose-gc (the API's systemd unit and `pnpm start` run Node so), hand that memory back now.
    (globalThis as { gc?: () => void }).gc?.();

    await recorder.begin('building');
    let stageUpdate: Promise<void> = Promise.resolve();
    let stageError: unknown = null;
    await deps.buildSite({
      snapshotPath,
      outDir: siteDir,
      siteUrl: deps.siteUrl,
      onStage: (stage) => {
        // Recorded as the build announces it; awaited below so a failure to record is not lost.
        if (stage === 'indexing') {
          stageUpdate = stageUpdate
            .then(() => recorder.begin('indexing'))
            .catch((error: unknown) => {
              stageError ??= error;
            });
        }
      },
      onLog: (line) => recorder.log(line),
    });
    await stageUpdate;
    if (stageError) throw stageError;

    await recorder.begin('checking');
    const check = await checkBuild(siteDir, expected, canaries);
    recorder.log(`${check.pageCount} trang; ${canaries.length} đoạn văn chưa duyệt được dò`);
    if (check.problems.length > 0)
      throw new Error(`Kiểm tra bản dựng không đạt: ${check.problems.join('; ')}`);

    if (await isLiveNewer(deps.db, publication, exportedAt))
      return await supersede(deps, publication, recorder);
    // The release is written to the local folder first: the other targets upload from it.
    const releaseDir = await deps.store.commitRelease(publication.id, siteDir);
    const targets = targetsOf(deps);
    for (const target of targets) {
      await recorder.begin('uploading', target);
      recorder.log(`Tải lên ${target.description}`);
      await target.upload({
        releaseId: publication.id,
        siteDir: releaseDir,
        onProgress: (p) => recorder.progress(p),
        log: (l) => recorder.log(l),
      });
    }

    await recorder.begin('switching');
    // One process at a time switches the live site: the check for a newer live publication, the switch of every
    // target and marking this one live happen under one lock (several workers on one database).
    const switched = await withSiteSwitchLock(deps.db, async () => {
      if (await isLiveNewer(deps.db, publication, exportedAt)) return false;
      await switchTargets(targets, publication.id, (l) => recorder.log(l));
      await recorder.end(true, 'Đã chuyển trang công khai sang bản mới.');
      const at = deps.now();
      await deps.db.transaction().execute(async (trx) => {
        const previous = await listPublications(trx, { limit: 50 });
        for (const p of previous) {
          if (p.status === 'live' && p.id !== publication.id)
            await updatePublication(trx, p.id, { status: 'retired' });
        }
        await updatePublication(trx, publication.id, {
          status: 'live',
          liveAt: at,
          finishedAt: at,
          releaseDir,
          pageCount: check.pageCount,
          stages: recorder.stages,
        });
        // Exactly the editions this site carries: one approved while it was being built waits for the next publication.
        await markEditionsPublished(trx, { editionIds, at });
        await insertAuditEntry(trx, {
          at,
          actorId: null,
          action: 'publication.live',
          entityKind: 'publication',
          entityId: publication.id,
          after: { pageCount: check.pageCount, releaseDir, targets: targets.map((t) => t.name) },
        });
      });
      return true;
    });
    if (!switched) return await supersede(deps, publication, recorder);
    await pruneTargets(deps, targets);
    // The upload's lists and manifests are garbage now: hand the memory back before the next build (--expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    deps.logger.info({ publicationId: publication.id, pages: check.pageCount }, 'publication live');
    return 'live';
  } catch (error) {
    const reason = describePublishFailure(error);
    deps.logger.error({ err: error, publicationId: publication.id }, 'publication failed');
    try {
      await recorder.end(false, reason);
      await updatePublication(deps.db, publication.id, {
        status: 'failed',
        error: reason,
        finishedAt: deps.now(),
      });
    } catch (recordError) {
      deps.logger.error({ err: recordError, publicationId: publication.id }, 'could not record the failure');
    }
    throw error;
  } finally {
    if (workDir) {
      await deps.store
        .removeWorkDir(workDir)
        .catch((err: unknown) => deps.logger.error({ err, workDir }, 'could not remove the work folder'));
    }
  }
}

/** Exports the snapshot to `<workDir>/snapshot.json` and returns what the checks need, nothing more. */
async function prepareSnapshot(
  deps: PublisherDeps,
  publicationId: string,
  workDir: string,
  log: (line: string) => void,
) {
  // Loaded once: the documents and the snapshot are made from the same editions.
  const approved = await listApprovedEditions(deps.db);
  if (deps.documents.enabled && deps.files) {
    await ensureEditionDocuments(deps.db, deps.files, { ...deps.documents, log }, approved);
  }
  const snapshot = await exportSnapshot(deps.db, {
    editions: approved,
    publicationId: publicationId,
    now: deps.now(),
    files: deps.files,
    // The site build attaches documents from `files/` beside the snapshot (checking each hash).
    siteFilesDir: join(workDir, 'files'),
    siteUrl: deps.siteUrl,
  });
  const snapshotPath = join(workDir, 'snapshot.json');
  await writeFile(snapshotPath, JSON.stringify(snapshot));
  log(
    `Ảnh chụp dữ liệu: ${snapshot.reports.length} báo cáo, ${snapshot.tasks.length} nhiệm vụ, ${snapshot.listings.length} tin sàn giao dịch`,
  );
  // What the checks need, taken now: the snapshot and the editions are let go before the build.
  const expected = expectationOf(snapshot);
  const canaries = await collectCanaryTexts(deps.db, approved);

  return { snapshotPath, expected, canaries, editionIds: approved.map((e) => e.edition.id) };
}

/**
 * Whether another publication already carries, or will carry, everything this one would: a newer one not started
 * yet (it exports later), or a live one that exported after this one was requested and, for an approval, carries
 * its edition. Two approvals committed close together on two API processes can commit in either order, so the
 * order of their rows alone does not say which build has both.
 */
async function isCoveredAtStart(db: Database, publication: Publication): Promise<boolean> {
  const recent = await listPublications(db, { limit: 20 });
  if (recent.some((p) => p.seq > publication.seq && p.status === 'queued')) return true;
  const live = recent.find((p) => p.status === 'live');
  if (!live?.startedAt || live.seq < publication.seq) return false;
  if (new Date(live.startedAt) <= new Date(publication.requestedAt)) return false;
  if (!publication.editionId) return true;
  return (await findEditionById(db, publication.editionId))?.edition.status === 'published';
}

/** The live publication exported after this one did: it carries everything this one does, and more. */
async function isLiveNewer(db: Database, publication: Publication, exportedAt: Date): Promise<boolean> {
  const live = await findLivePublication(db);
  return !!live?.startedAt && live.id !== publication.id && new Date(live.startedAt) > exportedAt;
}

async function supersede(
  deps: PublisherDeps,
  publication: Publication,
  recorder: ReturnType<typeof createStageRecorder>,
): Promise<'superseded'> {
  await recorder.end(true, 'Đã có bản mới hơn đang công khai; bản này không thay thế.');
  await updatePublication(deps.db, publication.id, { status: 'superseded', finishedAt: deps.now() });
  return 'superseded';
}

/**
 * Keeps KEEP_RELEASES releases on every target and in the local folder (and removes work folders left by ended
 * processes). A failure here is logged, never turned into a failure of the publication that is live already; the
 * next one retries.
 */
async function pruneTargets(deps: PublisherDeps, targets: ReleaseTarget[]): Promise<void> {
  try {
    await deps.store.prune(deps.keepReleases);
  } catch (error) {
    deps.logger.error({ err: error }, 'could not prune the local releases');
  }
  for (const target of targets) {
    try {
      await target.prune(deps.keepReleases, (line) => deps.logger.info({ target: target.name }, line));
    } catch (error) {
      deps.logger.error({ err: error, target: target.name }, 'could not prune a release target');
    }
  }
}
