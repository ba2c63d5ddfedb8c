import { type StoredIndicator, updateIndicatorIfVersion, withTransaction } from '@khcn/db';
import { type Indicator, requireIndicatorManager } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { indicatorConflict, requireIndicator } from './require-indicator.ts';

/**
 * The one way an indicator changes: authorise on its division (before and after), apply `change` to the
 * stored indicator, save if nobody saved it since `version`, audit before and after.
 */
export async function changeIndicator(
  ctx: AuthedContext,
  args: {
    code: string;
    version: number;
    action: string;
    change: (current: Indicator) => Indicator;
    check?: (trx: Parameters<Parameters<typeof withTransaction>[1]>[0], next: Indicator) => Promise<void>;
  },
): Promise<StoredIndicator> {
  return withTransaction(ctx.db, async (trx) => {
    const stored = await requireIndicator(trx, args.code);
    requireIndicatorManager(ctx.actor, stored.division);
    const { version: _version, ...current } = stored;
    const next = args.change(current);
    requireIndicatorManager(ctx.actor, next.division);
    await args.check?.(trx, next);
    const version = await updateIndicatorIfVersion(trx, {
      indicator: next,
      expectedVersion: args.version,
      at: ctx.now(),
    });
    if (version === null) throw indicatorConflict(stored);
    await recordAudit(trx, ctx, {
      action: args.action,
      entityKind: 'indicator',
      entityId: args.code,
      before: current,
      after: next,
    });
    return { ...next, version };
  });
}
