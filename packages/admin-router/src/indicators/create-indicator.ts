import { insertIndicator, type StoredIndicator, withTransaction } from '@khcn/db';
import {
  type CreateIndicatorInput,
  DomainError,
  type Indicator,
  indicatorCodeFor,
  requireIndicatorManager,
} from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { requireKnownDivisions } from '../users/require-known-divisions.ts';

/**
 * Adds an indicator to the department's catalogue (quản trị; trưởng phòng for their divisions). Its code is
 * made from the group and the name unless given; the first free one is taken ("…_2", "…_3").
 */
export async function createIndicator(
  ctx: AuthedContext,
  input: CreateIndicatorInput,
): Promise<StoredIndicator> {
  requireIndicatorManager(ctx.actor, input.division);
  return withTransaction(ctx.db, async (trx) => {
    if (input.division) await requireKnownDivisions(trx, [input.division]);
    const base = input.code ?? indicatorCodeFor(input.group, input.name);
    const at = ctx.now();
    for (let n = 1; n <= 50; n++) {
      const code = n === 1 ? base : `${base}_${n}`;
      const indicator: Indicator = {
        code,
        names: [{ from: null, name: input.name }],
        unit: input.unit,
        group: input.group,
        division: input.division,
        aggregation: input.aggregation,
        defaultBasis: input.defaultBasis,
        sumOf: [],
        atMost: null,
        retiredFrom: null,
      };
      if (await insertIndicator(trx, indicator, at)) {
        await recordAudit(trx, ctx, {
          action: 'indicator.create',
          entityKind: 'indicator',
          entityId: code,
          after: indicator,
        });
        return { ...indicator, version: 0 };
      }
      if (input.code) break;
    }
    throw new DomainError('DUPLICATE', `Indicator code ${base} taken`, {
      userMessage: `Mã chỉ tiêu “${base}” đã có trong danh mục; hãy chọn mã khác.`,
      fieldErrors: [{ path: 'code', message: `Mã chỉ tiêu: “${base}” đã được dùng` }],
    });
  });
}
