import type { StoredIndicator } from '@khcn/db';
import { type RenameIndicatorInput, withNameFrom } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { changeIndicator } from './change-indicator.ts';

/** A new name from a month on: reports of earlier months, published or not, keep the name they had. */
export function renameIndicator(ctx: AuthedContext, input: RenameIndicatorInput): Promise<StoredIndicator> {
  return changeIndicator(ctx, {
    code: input.code,
    version: input.version,
    action: 'indicator.rename',
    change: (current) => ({ ...current, names: withNameFrom(current.names, input.name, input.from) }),
  });
}
