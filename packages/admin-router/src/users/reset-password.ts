import {
  clearLoginAttempts,
  deleteUserSessions,
  hashPassword,
  updateUser,
  type User,
  withTransaction,
} from '@khcn/db';
import { DomainError, requirePermission, requireSafePassword, type ResetPasswordInput } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { throttleKey } from '../auth/login-throttle.rules.ts';
import { requireUser } from './require-user.ts';

/**
 * Quản trị sets a temporary password for someone who forgot theirs: the user's sessions end, a sign-in lock
 * on the account is lifted, and the user must choose a new password at next sign-in.
 */
export async function resetPassword(ctx: AuthedContext, input: ResetPasswordInput): Promise<User> {
  requirePermission(ctx.actor, 'user.manage');
  if (input.id === ctx.actor.userId) {
    throw new DomainError('FORBIDDEN', 'Self password reset', {
      userMessage: 'Hãy dùng chức năng đổi mật khẩu cho tài khoản của chính mình.',
    });
  }
  const target = await requireUser(ctx.db, input.id);
  requireSafePassword(input.temporaryPassword, { username: target.username }, 'temporaryPassword');
  const passwordHash = await hashPassword(input.temporaryPassword);
  return withTransaction(ctx.db, async (trx) => {
    const after = await updateUser(trx, {
      id: target.id,
      at: ctx.now(),
      passwordHash,
      mustChangePassword: true,
    });
    if (!after) throw new Error(`User ${target.id} vanished during password reset`);
    const sessionsEnded = await deleteUserSessions(trx, target.id);
    await clearLoginAttempts(trx, [throttleKey('account', target.username)]);
    await recordAudit(trx, ctx, {
      action: 'user.resetPassword',
      entityKind: 'user',
      entityId: target.id,
      after: { mustChangePassword: true, sessionsEnded },
    });
    return after;
  });
}
