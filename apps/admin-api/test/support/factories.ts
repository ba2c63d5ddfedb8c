import { createSession } from '@khcn/admin-router';
import {
  type Database,
  getDivisions,
  hashPassword,
  insertUser,
  putSetting,
  type User,
  updateUser,
} from '@khcn/db';
import { defaultDivisions, type Role } from '@khcn/domain';
import type { TestApp } from './test-app.ts';

let counter = 0;
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-2026';

/** The division catalogue the seed installs; users' divisions are checked against it. */
export async function ensureDivisions(db: Database, at: Date): Promise<void> {
  if (Object.keys(await getDivisions(db)).length === 0)
    await putSetting(db, 'divisions', defaultDivisions, at);
}

/** An account with the given roles (default: chuyên viên of QLKH) and TEST_PASSWORD. */
export async function createTestUser(
  t: TestApp,
  overrides: Partial<Omit<User, 'id'>> & { id?: string; password?: string } = {},
): Promise<User & { password: string }> {
  counter += 1;
  const roles: Role[] = overrides.roles ?? ['editor'];
  const user: User = {
    id: overrides.id ?? `test-user-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    username: overrides.username ?? `nguoidung${counter}.${Math.random().toString(36).slice(2, 8)}`,
    displayName: overrides.displayName ?? `Người dùng thử ${counter}`,
    roles,
    divisions: overrides.divisions ?? (roles.includes('editor') || roles.includes('head') ? ['QLKH'] : []),
    isDisabled: overrides.isDisabled ?? false,
    mustChangePassword: overrides.mustChangePassword ?? false,
  };
  const password = overrides.password ?? TEST_PASSWORD;
  await insertUser(t.db.db, { ...user, passwordHash: await cachedHash(password), at: t.clock.now() });
  if (user.isDisabled) {
    await updateUser(t.db.db, { id: user.id, at: t.clock.now(), isDisabled: true });
  }
  return { ...user, password };
}

/** A session for `user` without going through sign-in (no password hashing, no throttle rows). */
export async function createTestSession(t: TestApp, userId: string): Promise<string> {
  const { token } = await createSession(t.db.db, { userId, now: t.clock.now() });
  return token;
}
