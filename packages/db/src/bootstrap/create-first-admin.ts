import { randomBytes, randomUUID } from 'node:crypto';
import { defaultDivisions, unsetSiteConfig } from '@khcn/domain';
import { insertAuditEntry } from '../audit.queries.ts';
import type { Database } from '../create-db.ts';
import { hashPassword } from '../password-hash.ts';
import { getSetting, putSetting } from '../settings.queries.ts';
import { findUserByUsername, insertUser } from '../user.queries.ts';

/**
 * A new installation's first account: a quản trị with a temporary password that must be changed at the first
 * sign-in. Also writes a placeholder identity (naming no province) and the divisions when they are missing, so the
 * platform can publish a neutral site that asks for the identity (Thông tin đơn vị). Refuses an existing username.
 * `maintainer` is who ran the command (its audit entry).
 */
export async function createFirstAdmin(
  db: Database,
  args: { username: string; displayName: string; now: Date; maintainer?: string },
): Promise<{ userId: string; temporaryPassword: string }> {
  if (await findUserByUsername(db, args.username)) {
    throw new Error(`Tên đăng nhập ${args.username} đã có.`);
  }
  const temporaryPassword = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  const userId = `user-${randomUUID()}`;
  await db.transaction().execute(async (trx) => {
    if (!(await getSetting(trx, 'site'))) await putSetting(trx, 'site', unsetSiteConfig, args.now);
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
      after: {
        username: args.username,
        roles: ['admin'],
        via: 'db:create-admin',
        maintainer: args.maintainer ?? null,
      },
    });
  });
  return { userId, temporaryPassword };
}
