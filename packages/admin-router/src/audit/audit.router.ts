import { auditListInputSchema } from '@khcn/domain';
import { authedProcedure, router } from '../trpc.ts';
import { listAuditEntries } from './list-audit-entries.ts';

export const auditRouter = router({
  list: authedProcedure.input(auditListInputSchema).query(({ ctx, input }) => listAuditEntries(ctx, input)),
});
