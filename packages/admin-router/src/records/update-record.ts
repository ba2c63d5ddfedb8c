import { updateRecordIfVersion, withTransaction } from '@khcn/db';
import { requirePermission, type AnyRecord } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import { auditConflict } from '../audit/record-rejected-attempt.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { RecordInput, UpdateRecordInput } from './record-inputs.schema.ts';
import { recordConflict, requireRecord } from './require-record.ts';
import { keepStoredFileReference } from './require-no-file-reference.ts';

/**
 * Saves a record if nobody saved it since `version`; else CONFLICT with the current data, and the attempt is
 * audited as rejected. Approved editions keep the copy frozen at their approval. A stored file reference is kept
 * as it is: only an upload sets it.
 */
export async function updateRecord(
  ctx: AuthedContext,
  input: UpdateRecordInput,
): Promise<{ id: string; version: number }> {
  requirePermission(ctx.actor, 'record.write');
  return auditConflict(
    ctx,
    (conflict) => ({
      action: 'record.update',
      entityKind: `record.${input.record.kind}`,
      entityId: input.record.data.id,
      before: { version: conflict.details.currentVersion, data: conflict.details.currentData },
      after: { version: input.version, data: input.record.data },
    }),
    () =>
      withTransaction(ctx.db, async (trx) => {
        const before = await requireRecord(trx, input.record.kind, input.record.data.id);
        const record = keepStoredFileReference(input.record, before.data as RecordInput['data']);
        const version = await updateRecordIfVersion(trx, {
          record: record as AnyRecord,
          expectedVersion: input.version,
          at: ctx.now(),
          by: ctx.actor.userId,
        });
        if (version === null) throw recordConflict(before, input.version);
        await recordAudit(trx, ctx, {
          action: 'record.update',
          entityKind: `record.${record.kind}`,
          entityId: record.data.id,
          before: { version: before.version, data: before.data },
          after: { version, data: record.data },
        });
        return { id: record.data.id, version };
      }),
  );
}
