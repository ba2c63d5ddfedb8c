import { listAuditEntries as listStoredAuditEntries } from '@khcn/db';
import { type AuditListInput, requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/** One page of the audit log, newest first, filtered by who, what, which entity and when. */
export async function listAuditEntries(ctx: AuthedContext, input: AuditListInput) {
  requirePermission(ctx.actor, 'audit.read');
  return listStoredAuditEntries(ctx.db, {
    actorId: input.actorId,
    action: input.action,
    entityKind: input.entityKind,
    entityId: input.entityId,
    from: input.from ? new Date(input.from) : undefined,
    to: input.to ? new Date(input.to) : undefined,
    page: input.page,
    pageSize: input.pageSize,
  });
}
