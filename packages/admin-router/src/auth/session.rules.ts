/** How long a session lives: idle sessions end early; every session ends at its absolute expiry. */
export const sessionPolicy = {
  /** Signed out after this long without a request. */
  inactivityTimeoutMs: 2 * 60 * 60 * 1000,
  /** Signed out this long after sign-in, whatever the activity (stored as `expires_at`). */
  absoluteLifetimeMs: 12 * 60 * 60 * 1000,
  /** `last_seen_at` is written at most this often, so reads stay reads. */
  touchIntervalMs: 60 * 1000,
} as const;

type SessionTimes = { lastSeenAt: Date; expiresAt: Date };

export function sessionExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + sessionPolicy.absoluteLifetimeMs);
}

export function isSessionExpired(session: SessionTimes, now: Date): boolean {
  if (now.getTime() >= session.expiresAt.getTime()) return true;
  return now.getTime() - session.lastSeenAt.getTime() >= sessionPolicy.inactivityTimeoutMs;
}

export function shouldTouchSession(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= sessionPolicy.touchIntervalMs;
}
