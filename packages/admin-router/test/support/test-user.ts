import { randomUUID } from 'node:crypto';
import { type Database, insertUser } from '@khcn/db';
import type { Role } from '@khcn/domain';
import type { SessionActor } from '../../src/context.ts';

/** A stored account with the given roles (and divisions), returned as its session actor. */
export async function createTestUser(
  db: Database,
  args: { roles: Role[]; divisions?: string[]; displayName?: string },
): Promise<SessionActor> {
  const id = `user-${randomUUID()}`;
  const username = `test.${id.slice(5, 13)}`;
  const displayName = args.displayName ?? 'Tài khoản kiểm thử';
  const divisions = args.divisions ?? [];
  await insertUser(db, {
    id,
    username,
    displayName,
    roles: args.roles,
    divisions,
    passwordHash: 'not-a-real-hash',
    mustChangePassword: false,
    at: new Date(),
  });
  return { userId: id, username, displayName, roles: args.roles, divisions, sessionId: `session-${id}` };
}
