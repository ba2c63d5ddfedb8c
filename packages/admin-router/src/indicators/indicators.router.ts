import {
  createIndicatorInputSchema,
  renameIndicatorInputSchema,
  retireIndicatorInputSchema,
  updateIndicatorInputSchema,
} from '@khcn/domain';
import { authedProcedure, router } from '../trpc.ts';
import { createIndicator } from './create-indicator.ts';
import { listIndicators } from './list-indicators.ts';
import { renameIndicator } from './rename-indicator.ts';
import { retireIndicator } from './retire-indicator.ts';
import { updateIndicator } from './update-indicator.ts';

/** The department's indicator catalogue ("Chỉ tiêu số liệu"). */
export const indicatorsRouter = router({
  list: authedProcedure.query(({ ctx }) => listIndicators(ctx)),
  create: authedProcedure
    .input(createIndicatorInputSchema)
    .mutation(({ ctx, input }) => createIndicator(ctx, input)),
  update: authedProcedure
    .input(updateIndicatorInputSchema)
    .mutation(({ ctx, input }) => updateIndicator(ctx, input)),
  rename: authedProcedure
    .input(renameIndicatorInputSchema)
    .mutation(({ ctx, input }) => renameIndicator(ctx, input)),
  retire: authedProcedure
    .input(retireIndicatorInputSchema)
    .mutation(({ ctx, input }) => retireIndicator(ctx, input)),
});
