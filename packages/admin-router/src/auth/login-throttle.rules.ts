import type { LoginAttempt } from '@khcn/db';

/**
 * Login throttling, per account and per client address. Failures count within a 15-minute window; from
 * `slowAfter` failures each further attempt waits a little longer; at `lockAfter` the key is locked for
 * 15 minutes. The address limits are higher than the account's: a whole office signs in from one address.
 */
export const loginThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  delayStepMs: 250,
  maxDelayMs: 2000,
  account: { slowAfter: 5, lockAfter: 10 },
  address: { slowAfter: 10, lockAfter: 30 },
} as const;

export type ThrottleKind = 'account' | 'address';

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value}`;
}

function kindOf(key: string): ThrottleKind {
  return key.startsWith('address:') ? 'address' : 'account';
}

/** Failures that still count at `now` (a window that ended counts as none). */
function activeFailures(attempt: LoginAttempt, now: Date): number {
  return now.getTime() - attempt.firstFailureAt.getTime() < loginThrottlePolicy.windowMs
    ? attempt.failures
    : 0;
}

export type ThrottleVerdict = {
  /** Set when a key is locked: the attempt is refused without looking at the password. */
  locked: { kind: ThrottleKind; until: Date } | null;
  /** How long to wait before checking the password. */
  delayMs: number;
};

export function evaluateLoginThrottle(attempts: readonly LoginAttempt[], now: Date): ThrottleVerdict {
  let locked: ThrottleVerdict['locked'] = null;
  let delayMs = 0;
  for (const attempt of attempts) {
    const kind = kindOf(attempt.key);
    if (attempt.lockedUntil && attempt.lockedUntil.getTime() > now.getTime()) {
      if (!locked || kind === 'account') locked = { kind, until: attempt.lockedUntil };
    }
    const over = activeFailures(attempt, now) - loginThrottlePolicy[kind].slowAfter + 1;
    if (over > 0) delayMs = Math.max(delayMs, over * loginThrottlePolicy.delayStepMs);
  }
  return { locked, delayMs: Math.min(delayMs, loginThrottlePolicy.maxDelayMs) };
}

/** The attempt row after one more failure: a new window if the old one ended, locked at the limit. */
export function recordLoginFailure(key: string, previous: LoginAttempt | undefined, now: Date): LoginAttempt {
  const counting = previous && activeFailures(previous, now) > 0;
  const failures = counting ? previous.failures + 1 : 1;
  const firstFailureAt = counting ? previous.firstFailureAt : now;
  const reachedLimit = failures >= loginThrottlePolicy[kindOf(key)].lockAfter;
  return {
    key,
    failures,
    firstFailureAt,
    lockedUntil: reachedLimit ? new Date(now.getTime() + loginThrottlePolicy.lockMs) : null,
  };
}

/**
 * An attempt is counted as a failure before its password is checked (so that attempts arriving together cannot
 * all pass the check at once); when the password turns out right, the count it took is given back. A lock is
 * kept only while the failures still reach the limit.
 */
export function releaseLoginFailure(attempt: LoginAttempt, now: Date): LoginAttempt {
  const failures = Math.max(0, activeFailures(attempt, now) - 1);
  return {
    ...attempt,
    failures,
    lockedUntil: failures >= loginThrottlePolicy[kindOf(attempt.key)].lockAfter ? attempt.lockedUntil : null,
  };
}
