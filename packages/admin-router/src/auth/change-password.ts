import {
  deleteUserSessions,
  findLoginAttempts,
  lockLoginAttempts,
  findPasswordHash,
  hashPassword,
  saveLoginAttempt,
  updateUser,
  verifyPassword,
  withTransaction,
} from '@khcn/db';
import { type ChangePasswordInput, DomainError, formatDateTime } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from './authed-context.ts';
import { evaluateLoginThrottle, recordLoginFailure, throttleKey } from './login-throttle.rules.ts';

/**
 * Changes the signed-in user's password. The current password must be given (wrong guesses count towards the
 * account's sign-in lock, so a stolen session cannot brute-force it); every other session of the user ends.
 */
export async function changePassword(
  ctx: AuthedContext,
  input: ChangePasswordInput,
): Promise<{ otherSessionsEnded: number }> {
  const key = throttleKey('account', ctx.actor.username);
  const verdict = evaluateLoginThrottle(await findLoginAttempts(ctx.db, [key]), ctx.now());
  if (verdict.locked) {
    const time = formatDateTime(verdict.locked.until.toISOString()).slice(-5);
    throw new DomainError('RATE_LIMITED', 'Password change locked', {
      userMessage: `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau ${time}.`,
      details: { lockedUntil: verdict.locked.until.toISOString() },
    });
  }
  const currentHash = await findPasswordHash(ctx.db, ctx.actor.userId);
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    await withTransaction(ctx.db, async (trx) => {
      const [previous] = await lockLoginAttempts(trx, [key], ctx.now());
      await saveLoginAttempt(trx, recordLoginFailure(key, previous, ctx.now()));
      await recordAudit(trx, ctx, {
        action: 'auth.changePassword',
        entityKind: 'user',
        entityId: ctx.actor.userId,
        outcome: 'rejected',
        after: { reason: 'wrong_current_password' },
      });
    });
    throw new DomainError('VALIDATION_FAILED', 'Wrong current password', {
      userMessage: 'Mật khẩu hiện tại: không đúng',
      fieldErrors: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại: không đúng' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const otherSessionsEnded = await withTransaction(ctx.db, async (trx) => {
    await updateUser(trx, { id: ctx.actor.userId, at: ctx.now(), passwordHash, mustChangePassword: false });
    const ended = await deleteUserSessions(trx, ctx.actor.userId, ctx.actor.sessionId);
    await recordAudit(trx, ctx, {
      action: 'auth.changePassword',
      entityKind: 'user',
      entityId: ctx.actor.userId,
      after: { otherSessionsEnded: ended },
    });
    return ended;
  });
  return { otherSessionsEnded };
}
