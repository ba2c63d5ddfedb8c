import { getReportFrame as findReportFrame } from '@khcn/db';
import type { ReportFrameSettings } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/** The frame every new report starts with (place, closing, recipients, archive line, signature). */
export async function getReportFrame(ctx: Pick<AuthedContext, 'db'>): Promise<ReportFrameSettings> {
  return findReportFrame(ctx.db);
}
