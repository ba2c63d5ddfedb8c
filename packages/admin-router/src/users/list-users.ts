import { listUsers as listStoredUsers, type User } from '@khcn/db';
import { requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/** Every account, for quản trị. */
export async function listUsers(ctx: AuthedContext): Promise<User[]> {
  requirePermission(ctx.actor, 'user.manage');
  return listStoredUsers(ctx.db);
}
