import {
  createIndicatorInputSchema,
  renameIndicatorInputSchema,
  retireIndicatorInputSchema,
  updateIndicatorInputSchema,
} from '@khcn/domain';
import { authedMutation, authedProcedure, router } from '../trpc.ts';
import { createIndicator } from './create-indicator.ts';
import { listIndicators } from './list-indicators.ts';
import { renameIndicator } from './rename-indicator.ts';
import { retireIndicator } from './retire-indicator.ts';
import { updateIndicator } from './update-indicator.ts';

/** The department's indicator catalogue ("Chỉ tiêu số liệu"). */
export const indicatorsRouter = router({
  list: authedProcedure.query(({ ctx }) => listIndicators(ctx)),
  create: authedMutation(createIndicatorInputSchema, createIndicator),
  update: authedMutation(updateIndicatorInputSchema, updateIndicator),
  rename: authedMutation(renameIndicatorInputSchema, renameIndicator),
  retire: authedMutation(retireIndicatorInputSchema, retireIndicator),
});
