import {
  type Database,
  findPublication,
  insertAuditEntry,
  listPublications,
  updatePublication,
  withSiteSwitchLock,
} from '@khcn/db';
import { DomainError } from '@khcn/domain';
import type { ReleaseStore } from './release-store.ts';
import { targetsOf } from './run-publication.ts';
import type { ReleaseTarget } from './targets/release-target.ts';
import { switchTargets } from './targets/switch-targets.ts';

/**
 * Switches the live site back to the release of an earlier publication on every release target (a symlink rename
 * locally and over SSH; server-side copies of what differs on S3), marks it live, retires the one that was live,
 * and audits who did it. A target that fails is put back with the others: every target stays on one release.
 */
export async function rollbackRelease(
  deps: {
    db: Database;
    now: () => Date;
    /** The release targets; without them, the local folder `store` alone. */
    targets?: readonly ReleaseTarget[] | undefined;
    store: ReleaseStore;
  },
  args: {
    publicationId: string;
    actorId: string | null;
    requestId?: string | null;
    /** Who ran the command, for a rollback from the command line (`khcn site:rollback --as`). */
    maintainer?: string;
  },
): Promise<{ previousLiveId: string | null; durationMs: number; log: string[] }> {
  const started = performance.now();
  const target = await findPublication(deps.db, args.publicationId);
  if (!target) {
    throw new DomainError('NOT_FOUND', `Publication ${args.publicationId} not found`, {
      userMessage: 'Không tìm thấy lần xuất bản.',
    });
  }
  if (target.status === 'live') {
    throw new DomainError('INVALID_TRANSITION', `${target.id} is already live`, {
      userMessage: 'Bản này đang được công khai.',
    });
  }
  const log: string[] = [];
  const targets = targetsOf({ targets: deps.targets ? [...deps.targets] : undefined, store: deps.store });
  return withSiteSwitchLock(deps.db, async () => {
    const lacking: string[] = [];
    for (const t of targets) {
      const kept = await t.listReleaseIds().catch((error: unknown) => {
        throw new DomainError('TARGET_UNAVAILABLE', `Release target ${t.name} unreachable`, {
          userMessage: `Không quay lui được: ${(error as Error).message}`,
          cause: error,
        });
      });
      if (!kept.includes(target.id)) lacking.push(t.name);
    }
    if (lacking.length > 0) {
      throw new DomainError('INVALID_TRANSITION', `No release ${target.id} on ${lacking.join(', ')}`, {
        userMessage: `Bản phát hành này không còn lưu trên ${lacking.join(', ')}, không thể quay lui.`,
      });
    }
    const live = (await listPublications(deps.db, { limit: 100 })).find((p) => p.status === 'live') ?? null;
    try {
      await switchTargets(targets, target.id, (line) => log.push(line));
    } catch (error) {
      throw new DomainError('TARGET_UNAVAILABLE', `Rollback to ${target.id} failed`, {
        userMessage: `Không quay lui được: ${(error as Error).message}`,
        cause: error,
      });
    }
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
        after: {
          live: target.id,
          targets: targets.map((t) => t.name),
          ...(args.maintainer ? { via: 'cli', maintainer: args.maintainer } : {}),
        },
        requestId: args.requestId ?? null,
      });
    });
    return { previousLiveId: live?.id ?? null, durationMs: performance.now() - started, log };
  });
}
