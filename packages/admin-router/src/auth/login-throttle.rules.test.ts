import type { LoginAttempt } from '@khcn/db';
import { describe, expect, it } from 'vitest';
import {
  evaluateLoginThrottle,
  loginThrottlePolicy,
  recordLoginFailure,
  releaseLoginFailure,
  throttleKey,
} from './login-throttle.rules.ts';

const t0 = new Date('2024-12-05T01:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const account = throttleKey('account', 'chuyenvien');
const address = throttleKey('address', '10.0.0.1');

function failTimes(key: string, n: number, now = t0): LoginAttempt | undefined {
  let attempt: LoginAttempt | undefined;
  for (let i = 0; i < n; i++) attempt = recordLoginFailure(key, attempt, now);
  return attempt;
}

describe('login throttle', () => {
  it('does not slow the first four failures of an account', () => {
    expect(evaluateLoginThrottle([failTimes(account, 4)!], t0)).toEqual({ locked: null, delayMs: 0 });
  });

  it('slows from the fifth failure, more with each, capped', () => {
    const five = evaluateLoginThrottle([failTimes(account, 5)!], t0).delayMs;
    const eight = evaluateLoginThrottle([failTimes(account, 8)!], t0).delayMs;
    expect(five).toBeGreaterThan(0);
    expect(eight).toBeGreaterThan(five);
    expect(eight).toBeLessThanOrEqual(loginThrottlePolicy.maxDelayMs);
  });

  it('locks the account for 15 minutes at the tenth failure', () => {
    const tenth = failTimes(account, 10)!;
    expect(tenth.lockedUntil).toEqual(at(loginThrottlePolicy.lockMs));
    expect(evaluateLoginThrottle([tenth], at(1000)).locked).toEqual({
      kind: 'account',
      until: tenth.lockedUntil,
    });
    expect(evaluateLoginThrottle([tenth], at(loginThrottlePolicy.lockMs)).locked).toBeNull();
  });

  it('starts a new window once the old one has passed', () => {
    const old = failTimes(account, 9)!;
    const next = recordLoginFailure(account, old, at(loginThrottlePolicy.windowMs));
    expect(next).toMatchObject({ failures: 1, lockedUntil: null });
    expect(evaluateLoginThrottle([old], at(loginThrottlePolicy.windowMs)).delayMs).toBe(0);
  });

  it('gives an address more room than an account', () => {
    const tenFromAddress = failTimes(address, 10)!;
    expect(tenFromAddress.lockedUntil).toBeNull();
    expect(failTimes(address, loginThrottlePolicy.address.lockAfter)!.lockedUntil).not.toBeNull();
  });

  it('names the account lock first when both are locked', () => {
    const verdict = evaluateLoginThrottle(
      [failTimes(address, loginThrottlePolicy.address.lockAfter)!, failTimes(account, 10)!],
      at(1),
    );
    expect(verdict.locked?.kind).toBe('account');
  });
});

describe('releaseLoginFailure', () => {
  it('gives back the failure an attempt reserved, and the lock with it when the count falls below the limit', () => {
    const thirty = failTimes(address, loginThrottlePolicy.address.lockAfter)!;
    expect(thirty.lockedUntil).not.toBeNull();
    const released = releaseLoginFailure(thirty, t0);
    expect(released).toMatchObject({ failures: thirty.failures - 1, lockedUntil: null });
    const thirtyOne = recordLoginFailure(address, thirty, t0);
    expect(releaseLoginFailure(thirtyOne, t0).lockedUntil).toEqual(thirtyOne.lockedUntil);
    expect(releaseLoginFailure({ ...thirty, failures: 0 }, t0).failures).toBe(0);
  });
});
