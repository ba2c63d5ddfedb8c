import { randomBytes, randomUUID } from 'node:crypto';
import { defaultDivisions, hungYenSiteConfig } from '@khcn/domain';
import { insertAuditEntry } from '../audit.queries.ts';
import type { Database } from '../create-db.ts';
import { hashPassword } from '../password-hash.ts';
import { getSetting, putSetting } from '../settings.queries.ts';
import { findUserByUsername, insertUser } from '../user.queries.ts';

/**
 * A new installation's first account: a quản trị with a temporary password that must be changed at the first
 * sign-in. Also writes the site identity and divisions when they are missing (defaults to edit later), so the
 * platform can publish. Refuses an existing username.
 */
export async function createFirstAdmin(
  db: Database,
  args: { username: string; displayName: string; now: Date },
): Promise<{ userId: string; temporaryPassword: string }> {
  if (await findUserByUsername(db, args.username)) {
    throw new Error(`Tên đăng nhập ${args.username} đã có.`);
  }
  const temporaryPassword = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  const userId = `user-${randomUUID()}`;
  await db.transaction().execute(async (trx) => {
    if (!(await getSetting(trx, 'site'))) await putSetting(trx, 'site', hungYenSiteConfig, args.now);
    if (!(await getSetting(trx, 'divisions'))) await putSetting(trx, 'divisions', defaultDivisions, args.now);
    await insertUser(trx, {
      id: userId,
      username: args.username,
      displayName: args.displayName,
      roles: ['admin'],
      divisions: [],
      mustChangePassword: true,
      passwordHash,
      at: args.now,
    });
    await insertAuditEntry(trx, {
      at: args.now,
      actorId: null,
      action: 'user.create',
      entityKind: 'user',
      entityId: userId,
      after: { username: args.username, roles: ['admin'], via: 'db:create-admin' },
    });
  });
  return { userId, temporaryPassword };
}
