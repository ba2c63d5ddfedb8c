import { describe, expect, it } from 'vitest';
import { generateSessionToken, hashSessionSecret, parseSessionToken } from './session-token.ts';
import { isSessionExpired, sessionExpiresAt, sessionPolicy, shouldTouchSession } from './session.rules.ts';

const t0 = new Date('2024-12-05T01:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('session tokens', () => {
  it('round-trips a generated token and hashes the secret to 32 bytes', () => {
    const { id, secret, token } = generateSessionToken();
    expect(parseSessionToken(token)).toEqual({ id, secret });
    expect(hashSessionSecret(secret)).toHaveLength(32);
    expect(generateSessionToken().token).not.toBe(token);
  });

  it.each([
    '',
    'abc',
    'a'.repeat(24),
    `${'a'.repeat(24)}.${'b'.repeat(31)}`,
    `${'a'.repeat(24)}.${'b'.repeat(32)}.x`,
    `${'A'.repeat(24)}.${'b'.repeat(32)}`,
    `${'a'.repeat(24)}.${'1'.repeat(32)}`,
  ])('refuses the malformed token %j', (token) => {
    expect(parseSessionToken(token)).toBeNull();
  });
});

describe('session expiry', () => {
  const session = { lastSeenAt: t0, expiresAt: sessionExpiresAt(t0) };

  it('lives until the inactivity timeout', () => {
    expect(isSessionExpired(session, at(sessionPolicy.inactivityTimeoutMs - 1))).toBe(false);
    expect(isSessionExpired(session, at(sessionPolicy.inactivityTimeoutMs))).toBe(true);
  });

  it('ends at the absolute expiry however active it is', () => {
    const busy = { ...session, lastSeenAt: at(sessionPolicy.absoluteLifetimeMs - 1000) };
    expect(isSessionExpired(busy, at(sessionPolicy.absoluteLifetimeMs - 1))).toBe(false);
    expect(isSessionExpired(busy, at(sessionPolicy.absoluteLifetimeMs))).toBe(true);
  });

  it('is touched at most once per interval', () => {
    expect(shouldTouchSession(session, at(sessionPolicy.touchIntervalMs - 1))).toBe(false);
    expect(shouldTouchSession(session, at(sessionPolicy.touchIntervalMs))).toBe(true);
  });
});
