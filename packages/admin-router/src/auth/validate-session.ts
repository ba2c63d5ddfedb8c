import {
  type Database,
  deleteSession,
  deleteUserSessions,
  findSessionWithUser,
  touchSession,
} from '@khcn/db';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { SessionActor } from '../context.ts';
import { hashSessionSecret, parseSessionToken } from './session-token.ts';
import { isSessionExpired, shouldTouchSession } from './session.rules.ts';

export type ValidatedSession = { actor: SessionActor; expiresAt: Date; mustChangePassword: boolean };

/**
 * The HTTP layer calls this once per request with the cookie's token. A token is valid when its id exists,
 * its secret hashes to the stored hash (compared in constant time), the session is neither idle too long nor
 * past its absolute expiry, and its user is enabled. Expired sessions and a disabled user's sessions are
 * deleted; a wrong secret deletes nothing (whoever guessed an id must not be able to sign its owner out).
 */
export async function validateSession(
  deps: { db: Database; now: () => Date },
  token: string,
): Promise<ValidatedSession | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const found = await findSessionWithUser(deps.db, parsed.id);
  if (!found) return null;
  const { session, user } = found;
  if (!constantTimeEqual(hashSessionSecret(parsed.secret), session.secretHash)) return null;
  const now = deps.now();
  if (isSessionExpired(session, now)) {
    await deleteSession(deps.db, session.id);
    return null;
  }
  if (user.isDisabled) {
    await deleteUserSessions(deps.db, user.id);
    return null;
  }
  if (shouldTouchSession(session, now)) await touchSession(deps.db, { id: session.id, lastSeenAt: now });
  return {
    actor: {
      userId: user.id,
      roles: user.roles,
      divisions: user.divisions,
      displayName: user.displayName,
      username: user.username,
      sessionId: session.id,
    },
    expiresAt: session.expiresAt,
    mustChangePassword: user.mustChangePassword,
  };
}
