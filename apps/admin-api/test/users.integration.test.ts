import { listAuditEntries } from '@khcn/db';
import type { Role } from '@khcn/domain';
import { beforeAll, describe as group, expect, it } from 'vitest';
import { describe, mutate, query } from './support/api-client.ts';
import { createTestSession, createTestUser, ensureDivisions, TEST_PASSWORD } from './support/factories.ts';
import { useTestApp } from './support/test-app.ts';

const t = useTestApp();
let admin: Awaited<ReturnType<typeof createTestUser>>;
let adminToken: string;
beforeAll(async () => {
  await ensureDivisions(t.db.db, t.clock.now());
  admin = await createTestUser(t, { roles: ['admin'] });
  adminToken = await createTestSession(t, admin.id);
});

const asAdmin = () => ({ session: adminToken });
const TEMP = 'mat-khau-tam-thoi-01';

function newUserInput(overrides: Record<string, unknown> = {}) {
  return {
    username: `moi.${Math.random().toString(36).slice(2, 8)}`,
    displayName: 'Hoàng Văn Mới',
    roles: ['editor'],
    divisions: ['QLKH'],
    temporaryPassword: TEMP,
    ...overrides,
  };
}

async function tokenFor(roles: Role[]) {
  const user = await createTestUser(t, { roles });
  return createTestSession(t, user.id);
}

group('users.list', () => {
  it('lists every account for quản trị, without password hashes', async () => {
    const res = await query(t, 'users.list', undefined, asAdmin());
    expect(res.status, describe(res)).toBe(200);
    expect(res.body.result.data).toEqual(expect.arrayContaining([expect.objectContaining({ id: admin.id })]));
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password_hash|passwordHash/);
  });

  it.each<Role>(['editor', 'head', 'leader', 'clerk'])('is forbidden to %s', async (role) => {
    const res = await query(t, 'users.list', undefined, { session: await tokenFor([role]) });
    expect(res.status, describe(res)).toBe(403);
    expect(res.body.error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });

  it('answers 401 without a session', async () => {
    const res = await query(t, 'users.list');
    expect(res.status, describe(res)).toBe(401);
  });
});

group('users.create', () => {
  it('creates an account that must change its temporary password, and audits it', async () => {
    const input = newUserInput({ username: 'Le.Thi.Hoa', displayName: '  Lê Thị Hoa ' });
    const res = await mutate(t, 'users.create', input, asAdmin());
    expect(res.status, describe(res)).toBe(200);
    const created = res.body.result.data;
    expect(created).toMatchObject({
      username: 'le.thi.hoa',
      displayName: 'Lê Thị Hoa',
      roles: ['editor'],
      divisions: ['QLKH'],
      mustChangePassword: true,
      isDisabled: false,
    });
    const signIn = await mutate(t, 'auth.signIn', { username: 'le.thi.hoa', password: TEMP });
    expect(signIn.status, describe(signIn)).toBe(200);
    expect(signIn.body.result.data.mustChangePassword).toBe(true);
    const audit = await listAuditEntries(t.db.db, {
      action: 'user.create',
      entityId: created.id,
      page: 1,
      pageSize: 5,
    });
    expect(audit.items).toEqual([expect.objectContaining({ actorId: admin.id, outcome: 'ok' })]);
    expect(JSON.stringify(audit.items)).not.toContain(TEMP);
  });

  it('refuses bad input with Vietnamese field messages', async () => {
    const res = await mutate(
      t,
      'users.create',
      { username: 'A B', displayName: '', roles: ['sếp'], divisions: ['qlkh'], temporaryPassword: '123' },
      asAdmin(),
    );
    expect(res.status, describe(res)).toBe(400);
    const paths = res.body.error.data.fieldErrors.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['username', 'displayName', 'roles.0', 'divisions.0', 'temporaryPassword']),
    );
    expect(res.body.error.data.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'displayName', message: 'Họ tên: không được để trống' },
        { path: 'roles.0', message: 'Vai trò: không thuộc các giá trị cho phép' },
        { path: 'temporaryPassword', message: 'Mật khẩu tạm: phải có ít nhất 10 ký tự' },
      ]),
    );
  });

  it('refuses a temporary password that is common or contains the user name, in Vietnamese', async () => {
    const common = await mutate(
      t,
      'users.create',
      newUserInput({ temporaryPassword: 'Password@2024' }),
      asAdmin(),
    );
    expect(common.status, describe(common)).toBe(400);
    expect(common.body.error.data.fieldErrors).toEqual([
      {
        path: 'temporaryPassword',
        message: expect.stringMatching(/^Mật khẩu tạm: quá phổ biến, dễ bị đoán/),
      },
    ]);
    const demo = await mutate(
      t,
      'users.create',
      newUserInput({ temporaryPassword: 'KhcnDemo@2024' }),
      asAdmin(),
    );
    expect(demo.status, describe(demo)).toBe(400);
    const own = await mutate(
      t,
      'users.create',
      newUserInput({ username: 'le.thi.hoa', temporaryPassword: 'le.thi.hoa-2025' }),
      asAdmin(),
    );
    expect(own.status, describe(own)).toBe(400);
    expect(own.body.error.data.fieldErrors).toEqual([
      { path: 'temporaryPassword', message: 'Mật khẩu tạm: không được chứa tên đăng nhập' },
    ]);
  });

  it('refuses a division that does not exist', async () => {
    const res = await mutate(t, 'users.create', newUserInput({ divisions: ['KHONGCO'] }), asAdmin());
    expect(res.status, describe(res)).toBe(400);
    expect(res.body.error.data.fieldErrors).toEqual([
      { path: 'divisions', message: 'Phòng: không có đơn vị KHONGCO' },
    ]);
  });

  it('refuses a username already taken', async () => {
    const input = newUserInput();
    expect((await mutate(t, 'users.create', input, asAdmin())).status).toBe(200);
    const again = await mutate(t, 'users.create', { ...input, displayName: 'Người khác' }, asAdmin());
    expect(again.status, describe(again)).toBe(409);
    expect(again.body.error.data.fieldErrors).toEqual([
      { path: 'username', message: 'Tên đăng nhập: đã được dùng' },
    ]);
  });

  it('is forbidden to a lãnh đạo Sở, and to anyone without a session or from another origin', async () => {
    const leader = await mutate(t, 'users.create', newUserInput(), { session: await tokenFor(['leader']) });
    expect(leader.status, describe(leader)).toBe(403);
    const anonymous = await mutate(t, 'users.create', newUserInput());
    expect(anonymous.status, describe(anonymous)).toBe(401);
    const crossSite = await mutate(t, 'users.create', newUserInput(), {
      ...asAdmin(),
      origin: 'https://evil.example',
    });
    expect(crossSite.status, describe(crossSite)).toBe(403);
  });
});

group('users.update', () => {
  it('assigns roles and divisions and renames, auditing before and after', async () => {
    const user = await createTestUser(t, { roles: ['editor'], divisions: ['QLKH'] });
    const res = await mutate(
      t,
      'users.update',
      { id: user.id, roles: ['head'], divisions: ['QLCN', 'QLKH'], displayName: 'Trưởng phòng mới' },
      asAdmin(),
    );
    expect(res.status, describe(res)).toBe(200);
    expect(res.body.result.data).toMatchObject({ roles: ['head'], divisions: ['QLCN', 'QLKH'] });
    const audit = await listAuditEntries(t.db.db, {
      action: 'user.update',
      entityId: user.id,
      page: 1,
      pageSize: 5,
    });
    expect(audit.items[0]).toMatchObject({
      before: expect.objectContaining({ roles: ['editor'] }),
      after: expect.objectContaining({ roles: ['head'] }),
    });
  });

  it('disables and re-enables an account', async () => {
    const user = await createTestUser(t);
    const token = await createTestSession(t, user.id);
    expect((await mutate(t, 'users.update', { id: user.id, isDisabled: true }, asAdmin())).status).toBe(200);
    expect((await query(t, 'auth.me', undefined, { session: token })).body.result.data).toBeNull();
    const refused = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(refused.status, describe(refused)).toBe(403);
    expect((await mutate(t, 'users.update', { id: user.id, isDisabled: false }, asAdmin())).status).toBe(200);
    const back = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(back.status, describe(back)).toBe(200);
  });

  it('does not let quản trị change their own roles or disable themselves', async () => {
    for (const input of [
      { id: admin.id, roles: ['admin', 'leader'] },
      { id: admin.id, isDisabled: true },
    ]) {
      const res = await mutate(t, 'users.update', input, asAdmin());
      expect(res.status, describe(res)).toBe(403);
      expect(res.body.error.message).toBe(
        'Bạn không thể tự khóa tài khoản hoặc tự thay đổi vai trò của mình.',
      );
    }
    const rename = await mutate(t, 'users.update', { id: admin.id, displayName: 'Quản trị viên' }, asAdmin());
    expect(rename.status, describe(rename)).toBe(200);
  });

  it('answers NOT_FOUND for an unknown account and BAD_REQUEST for bad input', async () => {
    const missing = await mutate(t, 'users.update', { id: 'khong-co', displayName: 'X' }, asAdmin());
    expect(missing.status, describe(missing)).toBe(404);
    const bad = await mutate(t, 'users.update', { id: admin.id, roles: [] }, asAdmin());
    expect(bad.status, describe(bad)).toBe(400);
    expect(bad.body.error.data.fieldErrors).toEqual([
      { path: 'roles', message: 'Vai trò: phải có ít nhất 1 mục' },
    ]);
  });

  it('is forbidden to a trưởng phòng', async () => {
    const res = await mutate(
      t,
      'users.update',
      { id: admin.id, displayName: 'X' },
      { session: await tokenFor(['head']) },
    );
    expect(res.status, describe(res)).toBe(403);
  });
});

group('users.resetPassword', () => {
  it('sets a temporary password, ends the user’s sessions and lifts a sign-in lock', async () => {
    const user = await createTestUser(t);
    const token = await createTestSession(t, user.id);
    const res = await mutate(t, 'users.resetPassword', { id: user.id, temporaryPassword: TEMP }, asAdmin());
    expect(res.status, describe(res)).toBe(200);
    expect(res.body.result.data.mustChangePassword).toBe(true);
    expect((await query(t, 'auth.me', undefined, { session: token })).body.result.data).toBeNull();
    const signIn = await mutate(t, 'auth.signIn', { username: user.username, password: TEMP });
    expect(signIn.status, describe(signIn)).toBe(200);
    expect(signIn.body.result.data.mustChangePassword).toBe(true);
  });

  it('refuses a temporary password that is common or contains the account’s user name', async () => {
    const user = await createTestUser(t);
    const common = await mutate(
      t,
      'users.resetPassword',
      { id: user.id, temporaryPassword: '1234567890' },
      asAdmin(),
    );
    expect(common.status, describe(common)).toBe(400);
    const own = await mutate(
      t,
      'users.resetPassword',
      { id: user.id, temporaryPassword: `${user.username}-tam-2025` },
      asAdmin(),
    );
    expect(own.status, describe(own)).toBe(400);
    expect(own.body.error.data.fieldErrors).toEqual([
      { path: 'temporaryPassword', message: 'Mật khẩu tạm: không được chứa tên đăng nhập' },
    ]);
  });

  it('refuses resetting one’s own password (that is what change password is for)', async () => {
    const res = await mutate(t, 'users.resetPassword', { id: admin.id, temporaryPassword: TEMP }, asAdmin());
    expect(res.status, describe(res)).toBe(403);
  });

  it('refuses a short temporary password and is forbidden to non-admins', async () => {
    const user = await createTestUser(t);
    const short = await mutate(t, 'users.resetPassword', { id: user.id, temporaryPassword: 'x' }, asAdmin());
    expect(short.status, describe(short)).toBe(400);
    const clerk = await mutate(
      t,
      'users.resetPassword',
      { id: user.id, temporaryPassword: TEMP },
      { session: await tokenFor(['clerk']) },
    );
    expect(clerk.status, describe(clerk)).toBe(403);
  });
});
