import { listIndicators } from '@khcn/db';
import {
  type ContentDiff,
  diffContents,
  type FigureNaming,
  indicatorNameAt,
  requirePermission,
} from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { DiffEditionsInput } from './report-inputs.schema.ts';
import { requireEdition } from './require-edition.ts';

export type EditionDiff = ContentDiff & {
  from: { id: string; editionNo: number; period: string };
  to: { id: string; editionNo: number; period: string };
};

/** Compares two editions (usually an approved one and its correction): the domain's diff for staff. */
export async function diffEditions(ctx: AuthedContext, input: DiffEditionsInput): Promise<EditionDiff> {
  requirePermission(ctx.actor, 'report.read');
  const from = await requireEdition(ctx.db, input.fromEditionId);
  const to = await requireEdition(ctx.db, input.toEditionId);
  const ref = (e: typeof from) => ({
    id: e.edition.id,
    editionNo: e.edition.editionNo,
    period: e.edition.period,
  });
  const catalogue = new Map((await listIndicators(ctx.db)).map((i) => [i.code, i]));
  const period = to.edition.period;
  const naming: FigureNaming = {
    period,
    nameOf: (code) => {
      const indicator = catalogue.get(code);
      return indicator ? indicatorNameAt(indicator, period) : code;
    },
  };
  return { from: ref(from), to: ref(to), ...diffContents(from.edition.content, to.edition.content, naming) };
}
