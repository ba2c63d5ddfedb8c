import { existsSync } from 'node:fs';
import {
  type Database,
  findPublication,
  insertAuditEntry,
  listPublications,
  updatePublication,
} from '@khcn/db';
import { DomainError } from '@khcn/domain';
import type { ReleaseStore } from './release-store.ts';

/**
 * Switches the live site back to the release of an earlier publication (a symlink rename: well under a second),
 * marks it live, retires the one that was live, and audits who did it.
 */
export async function rollbackRelease(
  deps: { db: Database; store: ReleaseStore; now: () => Date },
  args: {
    publicationId: string;
    actorId: string | null;
    requestId?: string | null;
    /** Who ran the command, for a rollback from the command line (`khcn site:rollback --as`). */
    maintainer?: string;
  },
): Promise<{ previousLiveId: string | null; durationMs: number }> {
  const started = performance.now();
  const target = await findPublication(deps.db, args.publicationId);
  if (!target) {
    throw new DomainError('NOT_FOUND', `Publication ${args.publicationId} not found`, {
      userMessage: 'Không tìm thấy lần xuất bản.',
    });
  }
  if (!existsSync(deps.store.releaseDir(target.id))) {
    throw new DomainError('INVALID_TRANSITION', `No release for ${target.id}`, {
      userMessage: 'Bản phát hành này không còn lưu trên máy chủ, không thể quay lui.',
    });
  }
  if (target.status === 'live') {
    throw new DomainError('INVALID_TRANSITION', `${target.id} is already live`, {
      userMessage: 'Bản này đang được công khai.',
    });
  }
  const live = (await listPublications(deps.db, { limit: 100 })).find((p) => p.status === 'live') ?? null;
  await deps.store.switchCurrent(target.id);
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    if (live) await updatePublication(trx, live.id, { status: 'retired' });
    await updatePublication(trx, target.id, { status: 'live', liveAt: at, error: null });
    await insertAuditEntry(trx, {
      at,
      actorId: args.actorId,
      action: 'publication.rollback',
      entityKind: 'publication',
      entityId: target.id,
      before: { live: live?.id ?? null },
      after: args.maintainer
        ? { live: target.id, via: 'cli', maintainer: args.maintainer }
        : { live: target.id },
      requestId: args.requestId ?? null,
    });
  });
  return { previousLiveId: live?.id ?? null, durationMs: performance.now() - started };
}
