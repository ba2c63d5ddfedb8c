import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Database,
  type DiskFileStore,
  findPublication,
  listPublications,
  markEditionsPublished,
  type Publication,
  type PublicationStage,
  updatePublication,
  listApprovedEditions,
  insertAuditEntry,
} from '@khcn/db';
import { checkBuild, expectationOf } from './check-build.ts';
import { collectCanaryTexts } from './canary-texts.ts';
import { ensureEditionDocuments } from './edition-documents.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { describePublishFailure } from './publish-failure.ts';
import type { ReleaseStore } from './release-store.ts';
import type { SiteBuilder } from './site-builder.ts';

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
  /** Generate the official documents of approved editions lacking them (PDF needs LibreOffice). */
  documents: { enabled: boolean; pdf: boolean; limit: number; sofficePath?: string | undefined };
  siteUrl?: string | undefined;
};

export type PublicationOutcome = 'live' | 'superseded' | 'already-done';

const inProgress = new Set<Publication['status']>([
  'queued',
  'exporting',
  'building',
  'indexing',
  'checking',
  'switching',
]);

/** Records each stage with its start, end and log on the publication row as it happens. */
function createStageRecorder(deps: PublisherDeps, publication: Publication) {
  const stages: PublicationStage[] = [...publication.stages];
  let current: PublicationStage | null = null;
  const save = () => updatePublication(deps.db, publication.id, { stages });
  return {
    stages,
    async begin(stage: PublicationStage['stage'] & Publication['status']) {
      if (current) {
        current.endedAt = deps.now().toISOString();
        current.ok = true;
      }
      current = { stage, startedAt: deps.now().toISOString(), endedAt: null, log: [], ok: null };
      stages.push(current);
      await updatePublication(deps.db, publication.id, { status: stage, stages });
    },
    log(line: string) {
      if (!current) return;
      current.log.push(line);
      if (current.log.length > 200) current.log.splice(0, current.log.length - 200);
    },
    async end(ok: boolean, line?: string) {
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
 * Several approvals close together coalesce: a publication with a newer one queued or live is superseded.
 */
export async function runPublication(
  deps: PublisherDeps,
  publicationId: string,
): Promise<PublicationOutcome> {
  const publication = await findPublication(deps.db, publicationId);
  if (!publication) throw new Error(`Publication ${publicationId} not found`);
  if (
    publication.status === 'live' ||
    publication.status === 'superseded' ||
    publication.status === 'retired'
  ) {
    return 'already-done';
  }
  if (await hasNewerPublication(deps.db, publication)) {
    await updatePublication(deps.db, publication.id, { status: 'superseded', finishedAt: deps.now() });
    return 'superseded';
  }

  const recorder = createStageRecorder(deps, publication);
  await updatePublication(deps.db, publication.id, {
    startedAt: deps.now(),
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

    await recorder.begin('switching');
    if (await hasNewerLivePublication(deps.db, publication)) {
      await recorder.end(true, 'Đã có bản mới hơn đang công khai; bản này không thay thế.');
      await updatePublication(deps.db, publication.id, { status: 'superseded', finishedAt: deps.now() });
      return 'superseded';
    }
    const releaseDir = await deps.store.commitRelease(publication.id, siteDir);
    await deps.store.switchCurrent(publication.id);
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
        after: { pageCount: check.pageCount, releaseDir },
      });
    });
    deps.logger.info({ publicationId: publication.id, pages: check.pageCount }, 'publication live');
    await pruneReleases(deps, publication.id);
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

/**
 * Old releases and abandoned work folders go once a publication is live. A failure here (a folder that cannot be
 * removed) is logged, never turned into a failure of the publication that is live already; the next one retries.
 */
async function pruneReleases(deps: PublisherDeps, publicationId: string): Promise<void> {
  try {
    await deps.store.prune(deps.keepReleases);
  } catch (err) {
    deps.logger.error({ err, publicationId }, 'could not prune old releases');
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

async function hasNewerPublication(db: Database, publication: Publication): Promise<boolean> {
  const recent = await listPublications(db, { limit: 20 });
  return recent.some((p) => p.seq > publication.seq && (inProgress.has(p.status) || p.status === 'live'));
}

async function hasNewerLivePublication(db: Database, publication: Publication): Promise<boolean> {
  const recent = await listPublications(db, { limit: 20 });
  return recent.some((p) => p.seq > publication.seq && p.status === 'live');
}
