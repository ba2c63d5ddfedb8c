import { findSessionWithUser, listAuditEntries, updateUser } from '@khcn/db';
import { describe as group, expect, it } from 'vitest';
import { describe, mutate, query, sessionTokenOf } from './support/api-client.ts';
import { createTestSession, createTestUser, TEST_PASSWORD } from './support/factories.ts';
import { useTestApp } from './support/test-app.ts';

const t = useTestApp();

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function whoAmI(token: string | null) {
  const res = await query(t, 'auth.me', undefined, { session: token });
  expect(res.status, describe(res)).toBe(200);
  return res.body.result.data as { userId: string } | null;
}

async function signIn() {
  const user = await createTestUser(t);
  const res = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
  expect(res.status, describe(res)).toBe(200);
  return { user, token: sessionTokenOf(res)! };
}

group('session validation', () => {
  it('answers null without a session', async () => {
    expect(await whoAmI(null)).toBeNull();
  });

  it('stores only a hash of the secret, never the token', async () => {
    const { token } = await signIn();
    const [id, secret] = token.split('.') as [string, string];
    const stored = await findSessionWithUser(t.db.db, id);
    expect(stored?.session.secretHash).toHaveLength(32);
    expect(Buffer.from(stored!.session.secretHash).toString('utf8')).not.toContain(secret);
  });

  it('refuses a token with the right id and a wrong secret, and keeps the real session alive', async () => {
    const { user, token } = await signIn();
    const [id, secret] = token.split('.') as [string, string];
    const flipped = secret.at(-1) === 'a' ? 'b' : 'a';
    const tampered = `${id}.${secret.slice(0, -1)}${flipped}`;
    const res = await query(t, 'auth.me', undefined, { session: tampered });
    expect(res.body.result.data, describe(res)).toBeNull();
    expect(res.setCookies.some((c) => /^khcn_session=;.*Max-Age=0/.test(c))).toBe(true);
    expect((await whoAmI(token))?.userId).toBe(user.id);
  });

  it.each(['rac', 'a.b', `${'a'.repeat(24)}.${'b'.repeat(32)}`, `${'a'.repeat(500)}.x`])(
    'refuses the made-up token %j',
    async (token) => {
      expect(await whoAmI(token)).toBeNull();
    },
  );

  it('ends a session idle for two hours', async () => {
    const { token } = await signIn();
    t.clock.advance(2 * HOUR - MINUTE);
    expect(await whoAmI(token)).not.toBeNull();
    t.clock.advance(2 * HOUR);
    expect(await whoAmI(token)).toBeNull();
    // And it stays ended: the row is gone.
    expect(await findSessionWithUser(t.db.db, token.split('.')[0]!)).toBeUndefined();
  });

  it('keeps an active session alive past two hours, touching it at most once a minute', async () => {
    const { token } = await signIn();
    const id = token.split('.')[0]!;
    for (let i = 0; i < 4; i++) {
      t.clock.advance(HOUR);
      expect(await whoAmI(token)).not.toBeNull();
    }
    const seen = (await findSessionWithUser(t.db.db, id))!.session.lastSeenAt;
    expect(seen).toEqual(t.clock.now());
    t.clock.advance(30_000);
    expect(await whoAmI(token)).not.toBeNull();
    expect((await findSessionWithUser(t.db.db, id))!.session.lastSeenAt).toEqual(seen);
  });

  it('ends every session twelve hours after sign-in, however active', async () => {
    const { token } = await signIn();
    for (let i = 0; i < 11; i++) {
      t.clock.advance(HOUR);
      expect(await whoAmI(token), `hour ${i + 1}`).not.toBeNull();
    }
    t.clock.advance(HOUR - 1000);
    expect(await whoAmI(token)).not.toBeNull();
    t.clock.advance(1000);
    expect(await whoAmI(token)).toBeNull();
  });

  it('drops the sessions of a user who was disabled', async () => {
    const admin = await createTestUser(t, { roles: ['admin'] });
    const adminToken = await createTestSession(t, admin.id);
    const { user, token } = await signIn();
    const res = await mutate(t, 'users.update', { id: user.id, isDisabled: true }, { session: adminToken });
    expect(res.status, describe(res)).toBe(200);
    expect(await whoAmI(token)).toBeNull();
    const denied = await query(t, 'audit.list', { page: 1 }, { session: token });
    expect(denied.status, describe(denied)).toBe(401);
  });
  it('refuses and deletes the sessions of a user disabled behind its back (directly in the database)', async () => {
    const { user, token } = await signIn();
    await updateUser(t.db.db, { id: user.id, at: t.clock.now(), isDisabled: true });
    expect(await whoAmI(token)).toBeNull();
    expect(await findSessionWithUser(t.db.db, token.split('.')[0]!)).toBeUndefined();
  });
});

group('auth.signOut', () => {
  it('ends the current session only, clears the cookie and is audited', async () => {
    const user = await createTestUser(t);
    const first = await createTestSession(t, user.id);
    const second = await createTestSession(t, user.id);
    const res = await mutate(t, 'auth.signOut', undefined, { session: first });
    expect(res.status, describe(res)).toBe(200);
    expect(res.setCookies.some((c) => /^khcn_session=;.*Max-Age=0/.test(c))).toBe(true);
    expect(await whoAmI(first)).toBeNull();
    expect((await whoAmI(second))?.userId).toBe(user.id);
    const audit = await listAuditEntries(t.db.db, {
      action: 'auth.signOut',
      actorId: user.id,
      page: 1,
      pageSize: 5,
    });
    expect(audit.total).toBe(1);
  });

  it('answers 401 without a session', async () => {
    const res = await mutate(t, 'auth.signOut');
    expect(res.status, describe(res)).toBe(401);
    expect(res.body.error.message).toBe('Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.');
  });
});

group('auth.signOutEverywhere', () => {
  it('ends every session of the user, and no one else’s', async () => {
    const user = await createTestUser(t);
    const other = await createTestUser(t);
    const tokens = [await createTestSession(t, user.id), await createTestSession(t, user.id)];
    const othersToken = await createTestSession(t, other.id);
    const res = await mutate(t, 'auth.signOutEverywhere', {}, { session: tokens[0] });
    expect(res.status, describe(res)).toBe(200);
    expect(res.body.result.data).toEqual({ sessionsEnded: 2 });
    for (const token of tokens) expect(await whoAmI(token)).toBeNull();
    expect((await whoAmI(othersToken))?.userId).toBe(other.id);
  });

  it('refuses a request from another origin', async () => {
    const user = await createTestUser(t);
    const token = await createTestSession(t, user.id);
    const res = await mutate(
      t,
      'auth.signOutEverywhere',
      {},
      { session: token, origin: 'https://evil.example' },
    );
    expect(res.status, describe(res)).toBe(403);
    expect((await whoAmI(token))?.userId).toBe(user.id);
  });
});
