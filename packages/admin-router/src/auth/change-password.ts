import {
  deleteUserSessions,
  findPasswordHash,
  hashPassword,
  updateUser,
  verifyPassword,
  withTransaction,
} from '@khcn/db';
import { type ChangePasswordInput, DomainError, formatDateTime, requireSafePassword } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from './authed-context.ts';
import { reserveLoginAttempt, settleRightPassword } from './login-attempt-reservation.ts';
import { throttleKey } from './login-throttle.rules.ts';

function lockedError(until: Date): DomainError {
  const time = formatDateTime(until.toISOString()).slice(-5);
  return new DomainError('RATE_LIMITED', 'Password change locked', {
    userMessage: `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau ${time}.`,
    details: { lockedUntil: until.toISOString() },
  });
}

/**
 * Changes the signed-in user's password. The current password must be given (wrong guesses count towards the
 * account's sign-in lock, so a stolen session cannot brute-force it); every other session of the user ends.
 */
export async function changePassword(
  ctx: AuthedContext,
  input: ChangePasswordInput,
): Promise<{ otherSessionsEnded: number }> {
  // A weak new password is refused before the current one is checked: no guess is spent on it.
  requireSafePassword(input.newPassword, { username: ctx.actor.username }, 'newPassword');
  const keys = [throttleKey('account', ctx.actor.username)];
  // Counted before the check, like a sign-in: parallel guesses cannot check more passwords than the limit.
  const reservation = await reserveLoginAttempt(ctx.db, { keys, now: ctx.now() });
  if (reservation.refused) throw lockedError(reservation.refused.until);
  const currentHash = await findPasswordHash(ctx.db, ctx.actor.userId);
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    await withTransaction(ctx.db, (trx) =>
      recordAudit(trx, ctx, {
        action: 'auth.changePassword',
        entityKind: 'user',
        entityId: ctx.actor.userId,
        outcome: 'rejected',
        after: { reason: 'wrong_current_password' },
      }),
    );
    throw new DomainError('VALIDATION_FAILED', 'Wrong current password', {
      userMessage: 'Mật khẩu hiện tại: không đúng',
      fieldErrors: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại: không đúng' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const otherSessionsEnded = await withTransaction(ctx.db, async (trx) => {
    await settleRightPassword(trx, { keys, now: ctx.now() });
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
