import type { ReleaseTargetKind, ReleaseTargetProgress } from '@khcn/domain';
import type { Selectable } from 'kysely';
import { type DbExecutor, toJson } from './create-db.ts';
import type { PublicationStatus, PublicationsTable } from './schema.ts';

export type PublicationStage = {
  stage: string;
  startedAt: string;
  endedAt: string | null;
  log: string[];
  ok: boolean | null;
  /** The release target an `uploading` stage sends to (its name from the configuration and its kind). */
  target?: { name: string; kind: ReleaseTargetKind } | undefined;
  /** Files and bytes sent so far, of how many (an `uploading` stage). */
  progress?: ReleaseTargetProgress | undefined;
};

export type Publication = {
  id: string;
  seq: number;
  status: PublicationStatus;
  trigger: PublicationsTable['trigger'];
  editionId: string | null;
  requestedBy: string | null;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  stages: PublicationStage[];
  error: string | null;
  releaseDir: string | null;
  pageCount: number | null;
  liveAt: string | null;
  attempts: number;
};

const isoOrNull = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function toPublication(r: Selectable<PublicationsTable>): Publication {
  return {
    id: r.id,
    seq: Number(r.seq),
    status: r.status,
    trigger: r.trigger,
    editionId: r.edition_id,
    requestedBy: r.requested_by,
    requestedAt: new Date(r.requested_at).toISOString(),
    startedAt: isoOrNull(r.started_at),
    finishedAt: isoOrNull(r.finished_at),
    stages: r.stages,
    error: r.error,
    releaseDir: r.release_dir,
    pageCount: r.page_count,
    liveAt: isoOrNull(r.live_at),
    attempts: r.attempts,
  };
}

export async function insertPublication(
  db: DbExecutor,
  p: {
    id: string;
    trigger: PublicationsTable['trigger'];
    editionId: string | null;
    requestedBy: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('publications')
    .values({
      id: p.id,
      status: 'queued',
      trigger: p.trigger,
      edition_id: p.editionId,
      requested_by: p.requestedBy,
      requested_at: p.at,
    })
    .execute();
}

export async function findPublication(db: DbExecutor, id: string): Promise<Publication | undefined> {
  const r = await db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toPublication(r) : undefined;
}

export async function listPublications(db: DbExecutor, args: { limit: number }): Promise<Publication[]> {
  const rows = await db
    .selectFrom('publications')
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(args.limit)
    .execute();
  return rows.map(toPublication);
}

export async function findLivePublication(db: DbExecutor): Promise<Publication | undefined> {
  const r = await db
    .selectFrom('publications')
    .selectAll()
    .where('status', '=', 'live')
    .orderBy('live_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? toPublication(r) : undefined;
}

export async function updatePublication(
  db: DbExecutor,
  id: string,
  patch: Partial<{
    status: PublicationStatus;
    startedAt: Date | null;
    finishedAt: Date | null;
    stages: PublicationStage[];
    error: string | null;
    releaseDir: string | null;
    pageCount: number | null;
    liveAt: Date | null;
    attempts: number;
  }>,
): Promise<void> {
  await db
    .updateTable('publications')
    .set({
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.startedAt !== undefined ? { started_at: patch.startedAt } : {}),
      ...(patch.finishedAt !== undefined ? { finished_at: patch.finishedAt } : {}),
      ...(patch.stages !== undefined ? { stages: toJson(patch.stages) } : {}),
      ...(patch.error !== undefined ? { error: patch.error } : {}),
      ...(patch.releaseDir !== undefined ? { release_dir: patch.releaseDir } : {}),
      ...(patch.pageCount !== undefined ? { page_count: patch.pageCount } : {}),
      ...(patch.liveAt !== undefined ? { live_at: patch.liveAt } : {}),
      ...(patch.attempts !== undefined ? { attempts: patch.attempts } : {}),
    })
    .where('id', '=', id)
    .execute();
}
