import type { DbExecutor } from './create-db.ts';
import { toUser, type User } from './user.queries.ts';

export type StoredSession = {
  id: string;
  userId: string;
  secretHash: Uint8Array;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
};

export async function insertSession(db: DbExecutor, s: StoredSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      secret_hash: s.secretHash,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      expires_at: s.expiresAt,
    })
    .execute();
}

/** The session and its (enabled or not) user, for validation. */
export async function findSessionWithUser(
  db: DbExecutor,
  id: string,
): Promise<{ session: StoredSession; user: User } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id as session_id',
      's.user_id',
      's.secret_hash',
      's.created_at as session_created_at',
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.roles',
      'u.divisions',
      'u.is_disabled',
      'u.must_change_password',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id: row.session_id,
      userId: row.user_id,
      secretHash: new Uint8Array(row.secret_hash),
      createdAt: new Date(row.session_created_at),
      lastSeenAt: new Date(row.last_seen_at),
      expiresAt: new Date(row.expires_at),
    },
    user: toUser(row),
  };
}

export async function touchSession(db: DbExecutor, args: { id: string; lastSeenAt: Date }): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: args.lastSeenAt }).where('id', '=', args.id).execute();
}

export async function deleteSession(db: DbExecutor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Sign-out everywhere, and what a password change or a disabled account does. */
export async function deleteUserSessions(
  db: DbExecutor,
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '<>', exceptSessionId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: DbExecutor, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
