import { authedProcedure, router } from '../trpc.ts';
import { listDivisions } from './list-divisions.ts';

/** Read-only settings every signed-in user needs (the department's divisions). */
export const settingsRouter = router({
  divisions: authedProcedure.query(({ ctx }) => listDivisions(ctx)),
});
