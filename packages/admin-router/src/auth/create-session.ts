import { type DbExecutor, insertSession } from '@khcn/db';
import { generateSessionToken, hashSessionSecret } from './session-token.ts';
import { sessionExpiresAt } from './session.rules.ts';

/** Stores a new session for `userId` and returns the token for the cookie (the only place it exists). */
export async function createSession(
  db: DbExecutor,
  args: { userId: string; now: Date },
): Promise<{ sessionId: string; token: string; expiresAt: Date }> {
  const { id, secret, token } = generateSessionToken();
  const expiresAt = sessionExpiresAt(args.now);
  await insertSession(db, {
    id,
    userId: args.userId,
    secretHash: hashSessionSecret(secret),
    createdAt: args.now,
    lastSeenAt: args.now,
    expiresAt,
  });
  return { sessionId: id, token, expiresAt };
}
