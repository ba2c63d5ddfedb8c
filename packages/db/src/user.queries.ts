import type { Role } from '@khcn/domain';
import type { DbExecutor } from './create-db.ts';
import type { UserRow } from './schema.ts';

export type User = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  divisions: string[];
  isDisabled: boolean;
  mustChangePassword: boolean;
};

export function toUser(
  row: Pick<
    UserRow,
    'id' | 'username' | 'display_name' | 'roles' | 'divisions' | 'is_disabled' | 'must_change_password'
  >,
): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles as Role[],
    divisions: row.divisions,
    isDisabled: row.is_disabled,
    mustChangePassword: row.must_change_password,
  };
}

export async function findUserByUsername(db: DbExecutor, username: string) {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
  return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
}

export async function findUserById(db: DbExecutor, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findPasswordHash(db: DbExecutor, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

export async function listUsers(db: DbExecutor): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toUser);
}

export async function insertUser(
  db: DbExecutor,
  u: Omit<User, 'isDisabled'> & { passwordHash: string; at: Date },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username.toLowerCase(),
      display_name: u.displayName,
      password_hash: u.passwordHash,
      roles: u.roles,
      divisions: u.divisions,
      must_change_password: u.mustChangePassword,
      created_at: u.at,
      updated_at: u.at,
    })
    .execute();
}

export async function updateUser(
  db: DbExecutor,
  args: { id: string; at: Date } & Partial<
    Pick<User, 'displayName' | 'roles' | 'divisions' | 'isDisabled' | 'mustChangePassword'>
  > & {
      passwordHash?: string;
    },
): Promise<User | undefined> {
  const row = await db
    .updateTable('users')
    .set({
      updated_at: args.at,
      ...(args.displayName !== undefined ? { display_name: args.displayName } : {}),
      ...(args.roles !== undefined ? { roles: args.roles } : {}),
      ...(args.divisions !== undefined ? { divisions: args.divisions } : {}),
      ...(args.isDisabled !== undefined ? { is_disabled: args.isDisabled } : {}),
      ...(args.mustChangePassword !== undefined ? { must_change_password: args.mustChangePassword } : {}),
      ...(args.passwordHash !== undefined ? { password_hash: args.passwordHash } : {}),
    })
    .where('id', '=', args.id)
    .returningAll()
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}
