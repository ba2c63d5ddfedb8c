import { deleteUserSessions, updateUser as updateStoredUser, type User, withTransaction } from '@khcn/db';
import { DomainError, requirePermission, type UpdateUserInput } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { requireKnownDivisions } from './require-known-divisions.ts';
import { requireUser } from './require-user.ts';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Quản trị renames an account, assigns roles and divisions, disables or re-enables it. Disabling ends the
 * user's sessions at once. Nobody changes their own roles or disables themselves: an administrator cannot
 * grant themselves the right to approve, nor lock the last door.
 */
export async function updateUser(ctx: AuthedContext, input: UpdateUserInput): Promise<User> {
  requirePermission(ctx.actor, 'user.manage');
  if (input.divisions) await requireKnownDivisions(ctx.db, input.divisions);
  return withTransaction(ctx.db, async (trx) => {
    const before = await requireUser(trx, input.id);
    if (input.id === ctx.actor.userId) {
      if (input.isDisabled === true || (input.roles && !sameSet(input.roles, before.roles))) {
        throw new DomainError('FORBIDDEN', 'Self role change or self disable', {
          userMessage: 'Bạn không thể tự khóa tài khoản hoặc tự thay đổi vai trò của mình.',
        });
      }
    }
    const after = await updateStoredUser(trx, {
      id: input.id,
      at: ctx.now(),
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.roles !== undefined ? { roles: [...new Set(input.roles)] } : {}),
      ...(input.divisions !== undefined ? { divisions: [...new Set(input.divisions)] } : {}),
      ...(input.isDisabled !== undefined ? { isDisabled: input.isDisabled } : {}),
    });
    if (!after) throw new Error(`User ${input.id} vanished during update`);
    if (after.isDisabled) await deleteUserSessions(trx, after.id);
    await recordAudit(trx, ctx, {
      action: 'user.update',
      entityKind: 'user',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
