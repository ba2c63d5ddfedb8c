import { beforeAll, describe as group, expect, it } from 'vitest';
import { describe, mutate, query } from './support/api-client.ts';
import { createTestSession, createTestUser } from './support/factories.ts';
import { mutations, publicProcedures, queries } from './support/procedures.ts';
import { CONFIGURED_ORIGIN, useTestApp } from './support/test-app.ts';

const t = useTestApp();
let token: string;
beforeAll(async () => {
  const everyone = await createTestUser(t, { roles: ['editor', 'head', 'leader', 'clerk', 'admin'] });
  token = await createTestSession(t, everyone.id);
});

group('every mutation', () => {
  it('is enumerated from the router (sanity: the auth and user mutations are there)', () => {
    expect(mutations).toEqual(
      expect.arrayContaining(['auth.signIn', 'auth.changePassword', 'users.create', 'users.resetPassword']),
    );
  });

  it.each(mutations)(
    '%s answers 403 to a request from another origin, even with a valid session',
    async (path) => {
      const res = await mutate(t, path, {}, { session: token, origin: 'https://evil.example' });
      expect(res.status, describe(res)).toBe(403);
      expect(res.body.error.data.code).toBe('FORBIDDEN');
    },
  );

  it.each(mutations)('%s answers 403 to a request without an Origin header', async (path) => {
    const res = await mutate(t, path, {}, { session: token, origin: null });
    expect(res.status, describe(res)).toBe(403);
  });

  it.each(mutations.filter((p) => !publicProcedures.has(p)))(
    '%s answers 401 without a session',
    async (path) => {
      const res = await mutate(t, path, {});
      expect(res.status, describe(res)).toBe(401);
      expect(res.body.error.message).toBe('Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.');
    },
  );

  it('accepts a configured public origin', async () => {
    const res = await mutate(t, 'auth.signOut', undefined, { session: token, origin: CONFIGURED_ORIGIN });
    expect(res.status, describe(res)).toBe(200);
  });

  it('refuses a batch with a bad origin as a whole, one error per procedure', async () => {
    const res = await t.app.request('http://localhost/trpc/auth.signOut,users.create?batch=1', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ 0: {}, 1: {} }),
    });
    expect(res.status).toBe(403);
    const body = (await res.json()) as unknown[];
    expect(body).toHaveLength(2);
  });
});

group('every query', () => {
  it.each(queries.filter((p) => !publicProcedures.has(p)))(
    '%s answers 401 without a session',
    async (path) => {
      const res = await query(t, path, {});
      expect(res.status, describe(res)).toBe(401);
    },
  );
});
