import { setTimeout as sleep } from 'node:timers/promises';
import { deleteSession, findUserByUsername, hashPassword, verifyPassword, withTransaction } from '@khcn/db';
import { DomainError, formatDateTime, type SignInInput } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { Context, SessionActor } from '../context.ts';
import { createSession } from './create-session.ts';
import { reserveLoginAttempt, settleRightPassword } from './login-attempt-reservation.ts';
import { type ThrottleKind, throttleKey } from './login-throttle.rules.ts';

export type SignInResult = { actor: SessionActor; mustChangePassword: boolean; expiresAt: string };

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/** An argon2id hash nobody's password matches: unknown users cost as much time as known ones. */
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(`khong-ai-co-mat-khau-nay-${crypto.randomUUID()}`);
  return dummyHash;
}

function lockedError(kind: ThrottleKind, until: Date): DomainError {
  const time = formatDateTime(until.toISOString()).slice(-5);
  const userMessage =
    kind === 'account'
      ? `Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau ${time}.`
      : `Địa chỉ truy cập này tạm bị chặn do đăng nhập sai nhiều lần; thử lại sau ${time}.`;
  return new DomainError('RATE_LIMITED', `Sign-in locked (${kind}) until ${until.toISOString()}`, {
    userMessage,
    details: { lockedUntil: until.toISOString() },
  });
}

/**
 * Signs a user in: throttle, password check (argon2id), then a new session and its cookie. The attempt is
 * counted as a failure before the password is checked (given back when it is right), so attempts sent together
 * cannot check more passwords than the limit allows, and a locked account refuses even the right password.
 * Every attempt is audited (failures with outcome 'rejected'); failures count per account and per client
 * address. The failure message never says whether the account exists.
 */
export async function signIn(ctx: Context, input: SignInInput): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const keys = [throttleKey('account', username), throttleKey('address', ctx.clientAddress)];
  const reservation = await reserveLoginAttempt(ctx.db, {
    keys,
    now: ctx.now(),
    onRefused: (trx, lock) =>
      recordAudit(trx, ctx, {
        action: 'auth.signIn',
        entityKind: 'user',
        entityId: null,
        outcome: 'rejected',
        after: { username, reason: `locked_${lock.kind}`, clientAddress: ctx.clientAddress },
      }),
  });
  if (reservation.refused) throw lockedError(reservation.refused.kind, reservation.refused.until);
  if (reservation.delayMs > 0) await sleep(reservation.delayMs);

  const found = await findUserByUsername(ctx.db, username);
  const passwordOk = found
    ? await verifyPassword(found.passwordHash, input.password)
    : (await verifyPassword(await timingDummyHash(), input.password)) && false;

  const now = ctx.now();
  if (!found || !passwordOk) {
    await withTransaction(ctx.db, (trx) =>
      recordAudit(trx, ctx, {
        action: 'auth.signIn',
        entityKind: 'user',
        entityId: found?.user.id ?? null,
        outcome: 'rejected',
        after: { username, reason: 'wrong_credentials', clientAddress: ctx.clientAddress },
      }),
    );
    if (reservation.lockReached)
      throw lockedError(reservation.lockReached.kind, reservation.lockReached.until);
    throw new DomainError('UNAUTHENTICATED', 'Wrong username or password', {
      userMessage: WRONG_CREDENTIALS,
    });
  }

  const { user } = found;
  if (user.isDisabled) {
    await withTransaction(ctx.db, async (trx) => {
      await settleRightPassword(trx, { keys, now });
      await recordAudit(trx, ctx, {
        action: 'auth.signIn',
        entityKind: 'user',
        entityId: user.id,
        outcome: 'rejected',
        after: { username, reason: 'disabled', clientAddress: ctx.clientAddress },
      });
    });
    throw new DomainError('FORBIDDEN', `User ${user.id} is disabled`, {
      userMessage: 'Tài khoản đã bị khóa; vui lòng liên hệ quản trị hệ thống.',
    });
  }

  const session = await withTransaction(ctx.db, async (trx) => {
    if (ctx.actor) await deleteSession(trx, ctx.actor.sessionId);
    await settleRightPassword(trx, { keys, now });
    const created = await createSession(trx, { userId: user.id, now });
    const actor: SessionActor = {
      userId: user.id,
      roles: user.roles,
      divisions: user.divisions,
      displayName: user.displayName,
      username: user.username,
      sessionId: created.sessionId,
    };
    await recordAudit(
      trx,
      { ...ctx, actor },
      {
        action: 'auth.signIn',
        entityKind: 'user',
        entityId: user.id,
        after: { username, clientAddress: ctx.clientAddress },
      },
    );
    return { ...created, actor };
  });
  ctx.sessionCookie.set(session.token, session.expiresAt);
  return {
    actor: session.actor,
    mustChangePassword: user.mustChangePassword,
    expiresAt: session.expiresAt.toISOString(),
  };
}
