import type { StoredIndicator } from '@khcn/db';
import type { RetireIndicatorInput } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { changeIndicator } from './change-indicator.ts';

/**
 * Stops using an indicator from a month on (reports of that month and later may not state it); its published
 * history stays. `from: null` puts it back in use.
 */
export function retireIndicator(ctx: AuthedContext, input: RetireIndicatorInput): Promise<StoredIndicator> {
  return changeIndicator(ctx, {
    code: input.code,
    version: input.version,
    action: input.from ? 'indicator.retire' : 'indicator.reinstate',
    change: (current) => ({ ...current, retiredFrom: input.from }),
  });
}
