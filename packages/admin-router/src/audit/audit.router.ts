import { auditListInputSchema } from '@khcn/domain';
import { authedQuery, router } from '../trpc.ts';
import { listAuditEntries } from './list-audit-entries.ts';

export const auditRouter = router({
  list: authedQuery(auditListInputSchema, listAuditEntries),
});
