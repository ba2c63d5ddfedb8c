import { type DbTransaction, insertPublication } from '@khcn/db';

/** Creates a queued publication row; the caller enqueues its job in the same transaction. */
export async function requestPublication(
  trx: DbTransaction,
  args: {
    id: string;
    trigger: 'approval' | 'manual' | 'rollback' | 'startup';
    editionId: string | null;
    requestedBy: string | null;
    at: Date;
  },
): Promise<string> {
  await insertPublication(trx, args);
  return args.id;
}
