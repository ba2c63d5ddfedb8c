import type { StoredIndicator } from '@khcn/db';
import type { UpdateIndicatorInput } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { requireKnownDivisions } from '../users/require-known-divisions.ts';
import { changeIndicator } from './change-indicator.ts';
import { requireKnownRelations } from './require-indicator.ts';

/** Unit, group, division, how it combines, default basis, sums and limits; never the code or the names. */
export function updateIndicator(ctx: AuthedContext, input: UpdateIndicatorInput): Promise<StoredIndicator> {
  const { code, version, ...fields } = input;
  return changeIndicator(ctx, {
    code,
    version,
    action: 'indicator.update',
    change: (current) => ({ ...current, ...fields }),
    check: async (trx, next) => {
      if (next.division) await requireKnownDivisions(trx, [next.division]);
      await requireKnownRelations(trx, next);
    },
  });
}
