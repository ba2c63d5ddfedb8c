import { type DbTransaction, getSetting, putSetting } from '@khcn/db';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';

/** Stores one department setting inside `trx` and audits it (`action`) with the value it replaced. */
export async function saveSetting<T>(
  trx: DbTransaction,
  ctx: AuthedContext,
  args: { key: string; value: T; action: string },
): Promise<T> {
  const before = (await getSetting<unknown>(trx, args.key)) ?? null;
  await putSetting(trx, args.key, args.value, ctx.now());
  await recordAudit(trx, ctx, {
    action: args.action,
    entityKind: 'settings',
    entityId: args.key,
    before,
    after: args.value,
  });
  return args.value;
}
