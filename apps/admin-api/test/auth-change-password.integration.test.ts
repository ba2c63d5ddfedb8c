import { describe as group, expect, it } from 'vitest';
import { describe, mutate, query, sessionTokenOf } from './support/api-client.ts';
import { createTestSession, createTestUser, TEST_PASSWORD } from './support/factories.ts';
import { useTestApp } from './support/test-app.ts';

const t = useTestApp();

const NEW_PASSWORD = 'mat-khau-moi-rat-dai-2026';

/** auth.changePassword as the holder of `session`. */
const changePassword = (session: string, newPassword = NEW_PASSWORD, currentPassword = TEST_PASSWORD) =>
  mutate(t, 'auth.changePassword', { currentPassword, newPassword }, { session });

async function me(token: string) {
  return (await query(t, 'auth.me', undefined, { session: token })).body.result.data;
}

group('auth.changePassword allowed', () => {
  it('changes the password, keeps this session, ends the others, clears must-change', async () => {
    const user = await createTestUser(t, { mustChangePassword: true });
    const current = await createTestSession(t, user.id);
    const other = await createTestSession(t, user.id);
    expect((await me(current)).mustChangePassword).toBe(true);

    const res = await changePassword(current);
    expect(res.status, describe(res)).toBe(200);
    expect(res.body.result.data).toEqual({ otherSessionsEnded: 1 });
    expect(await me(current)).toMatchObject({ userId: user.id, mustChangePassword: false });
    expect(await me(other)).toBeNull();

    const oldPassword = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(oldPassword.status, describe(oldPassword)).toBe(401);
    const newPassword = await mutate(t, 'auth.signIn', { username: user.username, password: NEW_PASSWORD });
    expect(newPassword.status, describe(newPassword)).toBe(200);
    expect(sessionTokenOf(newPassword)).not.toBeNull();
  });
});

group('a temporary password', () => {
  it('allows only who-am-I, password change and sign-out until it is changed', async () => {
    const admin = await createTestUser(t, { roles: ['admin'], mustChangePassword: true });
    const token = await createTestSession(t, admin.id);
    const blocked = await query(t, 'users.list', undefined, { session: token });
    expect(blocked.status, describe(blocked)).toBe(403);
    expect(blocked.body.error.message).toBe('Bạn cần đổi mật khẩu tạm trước khi tiếp tục.');
    const batch = await t.app.request('http://localhost/trpc/auth.me,users.list?batch=1&input={}', {
      headers: { cookie: `khcn_session=${token}` },
    });
    expect(batch.status).toBe(403);
    expect((await me(token)).mustChangePassword).toBe(true);

    const changed = await changePassword(token);
    expect(changed.status, describe(changed)).toBe(200);
    const allowed = await query(t, 'users.list', undefined, { session: token });
    expect(allowed.status, describe(allowed)).toBe(200);
  });
});

group('auth.changePassword rejected', () => {
  it('refuses a wrong current password with a field message, changing nothing', async () => {
    const user = await createTestUser(t);
    const token = await createTestSession(t, user.id);
    const res = await changePassword(token, NEW_PASSWORD, 'khong-phai-mat-khau');
    expect(res.status, describe(res)).toBe(400);
    expect(res.body.error.data.fieldErrors).toEqual([
      { path: 'currentPassword', message: 'Mật khẩu hiện tại: không đúng' },
    ]);
    const still = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(still.status, describe(still)).toBe(200);
  });

  it('refuses a common new password, or one that contains the user name, before checking the current one', async () => {
    const user = await createTestUser(t);
    const token = await createTestSession(t, user.id);
    const cases: Array<[string, string]> = [
      ['Matkhau@2025', 'Mật khẩu mới: quá phổ biến, dễ bị đoán'],
      ['qwertyuiop', 'Mật khẩu mới: quá phổ biến, dễ bị đoán'],
      [`so-khcn-${user.username}`, 'Mật khẩu mới: không được chứa tên đăng nhập'],
    ];
    for (const [newPassword, message] of cases) {
      const res = await changePassword(token, newPassword);
      expect(res.status, describe(res)).toBe(400);
      expect(res.body.error.data.fieldErrors).toEqual([
        { path: 'newPassword', message: expect.stringContaining(message) },
      ]);
    }
    // Still the old password.
    const signIn = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(signIn.status, describe(signIn)).toBe(200);
  });

  it('refuses a short new password in Vietnamese', async () => {
    const user = await createTestUser(t);
    const token = await createTestSession(t, user.id);
    const res = await changePassword(token, 'ngan');
    expect(res.status, describe(res)).toBe(400);
    expect(res.body.error.data.fieldErrors).toEqual([
      { path: 'newPassword', message: 'Mật khẩu mới: phải có ít nhất 10 ký tự' },
    ]);
  });
});

group('auth.changePassword forbidden', () => {
  it('answers 401 without a session and 403 from another origin', async () => {
    const input = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD };
    const anonymous = await mutate(t, 'auth.changePassword', input);
    expect(anonymous.status, describe(anonymous)).toBe(401);
    const user = await createTestUser(t);
    const token = await createTestSession(t, user.id);
    const crossSite = await mutate(t, 'auth.changePassword', input, { session: token, origin: 'null' });
    expect(crossSite.status, describe(crossSite)).toBe(403);
  });
});
