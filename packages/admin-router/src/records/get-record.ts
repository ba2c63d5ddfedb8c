import type { StoredRecord } from '@khcn/db';
import { requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { RecordLocator } from './record-inputs.schema.ts';
import { requireRecord } from './require-record.ts';

/** One record with its version (send it back with `update`). */
export async function getRecord(ctx: AuthedContext, input: RecordLocator): Promise<StoredRecord> {
  requirePermission(ctx.actor, 'report.read');
  return requireRecord(ctx.db, input.kind, input.id);
}
