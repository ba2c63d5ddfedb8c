import { listRecords as listStoredRecords, type StoredRecord } from '@khcn/db';
import { requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { ListRecordsInput } from './record-inputs.schema.ts';

export type RecordPage = {
  items: StoredRecord[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** One page of records of a kind, filtered; the text query ignores tones and đ ("duong" finds "đường"). */
export async function listRecords(ctx: AuthedContext, input: ListRecordsInput): Promise<RecordPage> {
  requirePermission(ctx.actor, 'report.read');
  const { items, total } = await listStoredRecords(ctx.db, input);
  return {
    items,
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}
