import type { Role } from '@khcn/domain';
import { describe as group, expect, it } from 'vitest';
import { describe, mutate, query } from './support/api-client.ts';
import { createTestSession, createTestUser, TEST_PASSWORD } from './support/factories.ts';
import { useTestApp } from './support/test-app.ts';

const t = useTestApp();

async function tokenFor(roles: Role[]) {
  const user = await createTestUser(t, { roles });
  return { user, token: await createTestSession(t, user.id) };
}

group('audit.list allowed', () => {
  it('filters by who, action, entity and time, newest first, page by page', async () => {
    const { token } = await tokenFor(['leader']);
    const someone = await createTestUser(t);
    const startedAt = t.clock.now().toISOString();
    for (let i = 0; i < 3; i++) {
      t.clock.advance(60_000);
      const res = await mutate(t, 'auth.signIn', { username: someone.username, password: TEST_PASSWORD });
      expect(res.status, describe(res)).toBe(200);
    }
    const firstPage = await query(
      t,
      'audit.list',
      {
        actorId: someone.id,
        action: 'auth.signIn',
        entityKind: 'user',
        from: startedAt,
        page: 1,
        pageSize: 2,
      },
      { session: token },
    );
    expect(firstPage.status, describe(firstPage)).toBe(200);
    expect(firstPage.body.result.data.total).toBe(3);
    expect(firstPage.body.result.data.items).toHaveLength(2);
    const [a, b] = firstPage.body.result.data.items;
    expect(a.at > b.at).toBe(true);
    expect(a).toMatchObject({ actorId: someone.id, actorName: someone.displayName, entityId: someone.id });

    const secondPage = await query(
      t,
      'audit.list',
      { actorId: someone.id, action: 'auth.signIn', page: 2, pageSize: 2 },
      { session: token },
    );
    expect(secondPage.body.result.data.items, describe(secondPage)).toHaveLength(1);

    const before = await query(t, 'audit.list', { actorId: someone.id, to: startedAt }, { session: token });
    expect(before.body.result.data.total, describe(before)).toBe(0);
  });
});

group('audit.list rejected', () => {
  it('refuses a malformed time and a page size over 200 in Vietnamese', async () => {
    const { token } = await tokenFor(['admin']);
    const res = await query(t, 'audit.list', { from: 'hôm qua', pageSize: 1000 }, { session: token });
    expect(res.status, describe(res)).toBe(400);
    expect(res.body.error.data.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'from', message: 'Từ thời điểm: không đúng định dạng thời điểm' },
        { path: 'pageSize', message: 'Số dòng mỗi trang: phải nhỏ hơn hoặc bằng 200' },
      ]),
    );
  });
});

group('audit.list forbidden', () => {
  it.each<Role>(['editor', 'clerk'])('is forbidden to %s', async (role) => {
    const { token } = await tokenFor([role]);
    const res = await query(t, 'audit.list', {}, { session: token });
    expect(res.status, describe(res)).toBe(403);
  });

  it('answers 401 without a session', async () => {
    const res = await query(t, 'audit.list', {});
    expect(res.status, describe(res)).toBe(401);
  });
});
