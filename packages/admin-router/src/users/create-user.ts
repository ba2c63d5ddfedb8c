import { findUserByUsername, hashPassword, insertUser, type User, withTransaction } from '@khcn/db';
import { type CreateUserInput, DomainError, requirePermission } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { requireKnownDivisions } from './require-known-divisions.ts';

function duplicateUsername(username: string, cause?: unknown): DomainError {
  return new DomainError('DUPLICATE', `Username ${username} exists`, {
    userMessage: `Tên đăng nhập "${username}" đã được dùng.`,
    fieldErrors: [{ path: 'username', message: 'Tên đăng nhập: đã được dùng' }],
    cause,
  });
}

/** Quản trị creates an account; the temporary password must be changed at first sign-in. */
export async function createUser(ctx: AuthedContext, input: CreateUserInput): Promise<User> {
  requirePermission(ctx.actor, 'user.manage');
  await requireKnownDivisions(ctx.db, input.divisions);
  if (await findUserByUsername(ctx.db, input.username)) throw duplicateUsername(input.username);
  const passwordHash = await hashPassword(input.temporaryPassword);
  const user: User = {
    id: ctx.newId(),
    username: input.username,
    displayName: input.displayName,
    roles: [...new Set(input.roles)],
    divisions: [...new Set(input.divisions)],
    isDisabled: false,
    mustChangePassword: true,
  };
  try {
    await withTransaction(ctx.db, async (trx) => {
      await insertUser(trx, { ...user, passwordHash, at: ctx.now() });
      await recordAudit(trx, ctx, {
        action: 'user.create',
        entityKind: 'user',
        entityId: user.id,
        after: user,
      });
    });
  } catch (error) {
    // Two admins creating the same username at once: the unique index decides.
    if ((error as { code?: string }).code === '23505') throw duplicateUsername(input.username, error);
    throw error;
  }
  return user;
}
