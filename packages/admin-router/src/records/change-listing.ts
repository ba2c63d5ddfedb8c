import { type StoredRecord, updateRecordIfVersion, withTransaction } from '@khcn/db';
import { type ExchangeListing, requirePermission, type AnyRecord } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import { auditConflict } from '../audit/record-rejected-attempt.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { ListingActionInput } from './record-inputs.schema.ts';
import { recordConflict, requireRecord } from './require-record.ts';

/**
 * Applies `change` to a listing saved at `input.version` (renew and expire share this): optimistic
 * concurrency, audit in the same transaction, rejected attempts audited on their own.
 */
export async function changeListing(
  ctx: AuthedContext,
  input: ListingActionInput,
  action: string,
  change: (listing: ExchangeListing) => ExchangeListing,
): Promise<{ id: string; version: number; listing: ExchangeListing }> {
  requirePermission(ctx.actor, 'record.write');
  return auditConflict(
    ctx,
    (conflict) => ({
      action,
      entityKind: 'record.listing',
      entityId: input.id,
      before: { version: conflict.details.currentVersion },
      after: { version: input.version },
    }),
    () =>
      withTransaction(ctx.db, async (trx) => {
        const before: StoredRecord<'listing'> = await requireRecord(trx, 'listing', input.id);
        const listing = change(before.data);
        const version = await updateRecordIfVersion(trx, {
          record: { kind: 'listing', data: listing } satisfies AnyRecord,
          expectedVersion: input.version,
          at: ctx.now(),
          by: ctx.actor.userId,
        });
        if (version === null) throw recordConflict(before, input.version);
        await recordAudit(trx, ctx, {
          action,
          entityKind: 'record.listing',
          entityId: input.id,
          before: { version: before.version, status: before.data.status, expiresOn: before.data.expiresOn },
          after: {
            version,
            status: listing.status,
            expiresOn: listing.expiresOn,
            renewedOn: listing.renewedOn,
          },
        });
        return { id: input.id, version, listing };
      }),
  );
}
