import { findRecord, insertRecord, withTransaction } from '@khcn/db';
import { DomainError, requirePermission, type AnyRecord } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { isUniqueViolation } from '../reports/unique-violation.ts';
import type { RecordInput } from './record-inputs.schema.ts';
import { requireNoFileReferenceOnCreate } from './require-no-file-reference.ts';

function duplicateRecord(record: RecordInput, cause?: unknown): DomainError {
  return new DomainError('DUPLICATE', `Record ${record.data.id} exists`, {
    userMessage: `Mã ${record.data.id} đã được dùng cho một hồ sơ khác; hãy chọn mã khác.`,
    fieldErrors: [{ path: 'data.id', message: `Mã định danh: ${record.data.id} đã được dùng` }],
    cause,
  });
}

/** Creates a record (task, listing, publication, inspection, appraisal, transfer, event) at version 1. */
export async function createRecord(
  ctx: AuthedContext,
  input: RecordInput,
): Promise<{ id: string; version: number }> {
  requirePermission(ctx.actor, 'record.write');
  requireNoFileReferenceOnCreate(input);
  try {
    return await withTransaction(ctx.db, async (trx) => {
      if (await findRecord(trx, input.kind, input.data.id)) throw duplicateRecord(input);
      await insertRecord(trx, { record: input as AnyRecord, at: ctx.now(), by: ctx.actor.userId });
      await recordAudit(trx, ctx, {
        action: 'record.create',
        entityKind: `record.${input.kind}`,
        entityId: input.data.id,
        after: input.data,
      });
      return { id: input.data.id, version: 1 };
    });
  } catch (error) {
    // Ids are unique across kinds: another kind may hold it.
    if (isUniqueViolation(error)) throw duplicateRecord(input, error);
    throw error;
  }
}
