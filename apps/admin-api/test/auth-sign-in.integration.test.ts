import { listAuditEntries, saveLoginAttempt } from '@khcn/db';
import { describe as group, expect, it } from 'vitest';
import { describe, mutate, query, sessionTokenOf } from './support/api-client.ts';
import { createTestUser, TEST_PASSWORD } from './support/factories.ts';
import { useTestApp } from './support/test-app.ts';

const t = useTestApp();

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng.';

async function auditOf(action: string) {
  return (await listAuditEntries(t.db.db, { action, page: 1, pageSize: 100 })).items;
}

group('auth.signIn allowed', () => {
  it('signs in with the right password, sets the session cookie and answers who signed in', async () => {
    const user = await createTestUser(t, { roles: ['head'], divisions: ['QLKH'] });
    const res = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(res.status, describe(res)).toBe(200);
    expect(res.body.result.data.actor).toMatchObject({
      userId: user.id,
      roles: ['head'],
      divisions: ['QLKH'],
    });
    const token = sessionTokenOf(res);
    expect(token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{32}$/);
    expect(JSON.stringify(res.body)).not.toContain(token!);

    const me = await query(t, 'auth.me', undefined, { session: token });
    expect(me.status, describe(me)).toBe(200);
    expect(me.body.result.data).toMatchObject({ userId: user.id, username: user.username });
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const user = await createTestUser(t);
    const res = await mutate(t, 'auth.signIn', {
      username: `  ${user.username.toUpperCase()} `,
      password: TEST_PASSWORD,
    });
    expect(res.status, describe(res)).toBe(200);
  });

  it('writes the cookie HttpOnly, SameSite=Lax, Path=/ and without Secure on localhost', async () => {
    const user = await createTestUser(t);
    const res = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    const cookie = res.setCookies.find((c) => c.startsWith('khcn_session='));
    expect(cookie, describe(res)).toBeDefined();
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toContain('Secure');
  });

  it('adds Secure when the API is reached on a real host name', async () => {
    const user = await createTestUser(t);
    const baseUrl = 'https://quantri.khcn.example.vn';
    const res = await mutate(
      t,
      'auth.signIn',
      { username: user.username, password: TEST_PASSWORD },
      { baseUrl },
    );
    expect(res.status, describe(res)).toBe(200);
    expect(res.setCookies.find((c) => c.startsWith('khcn_session='))).toContain('; Secure');
  });

  it('adds Secure behind a TLS proxy that reaches the API as localhost', async () => {
    const user = await createTestUser(t);
    const res = await mutate(
      t,
      'auth.signIn',
      { username: user.username, password: TEST_PASSWORD },
      { headers: { 'x-forwarded-proto': 'https' }, origin: 'https://localhost' },
    );
    expect(res.status, describe(res)).toBe(200);
    expect(res.setCookies.find((c) => c.startsWith('khcn_session='))).toContain('; Secure');
  });

  it('audits the sign-in as the user who signed in', async () => {
    const user = await createTestUser(t);
    const res = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(res.status, describe(res)).toBe(200);
    const entries = (await auditOf('auth.signIn')).filter((e) => e.entityId === user.id);
    expect(entries).toEqual([expect.objectContaining({ actorId: user.id, outcome: 'ok' })]);
  });
});

group('auth.signIn rejected', () => {
  it('refuses a wrong password without setting a cookie, and audits the attempt as rejected', async () => {
    const user = await createTestUser(t);
    const res = await mutate(t, 'auth.signIn', { username: user.username, password: 'sai-mat-khau' });
    expect(res.status, describe(res)).toBe(401);
    expect(res.body.error.message).toBe(WRONG);
    expect(sessionTokenOf(res)).toBeNull();
    const entries = (await auditOf('auth.signIn')).filter((e) => e.entityId === user.id);
    expect(entries).toEqual([expect.objectContaining({ outcome: 'rejected', actorId: null })]);
    expect(JSON.stringify(entries)).not.toContain('sai-mat-khau');
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const known = await createTestUser(t);
    const wrong = await mutate(t, 'auth.signIn', { username: known.username, password: 'khong-dung' });
    const unknown = await mutate(t, 'auth.signIn', { username: 'khong.ton.tai', password: 'khong-dung' });
    expect(unknown.status, describe(unknown)).toBe(wrong.status);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
    expect(unknown.body.error.data.domainCode).toBe(wrong.body.error.data.domainCode);
  });

  it('refuses a disabled user even with the right password', async () => {
    const user = await createTestUser(t, { isDisabled: true });
    const res = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(res.status, describe(res)).toBe(403);
    expect(res.body.error.message).toBe('Tài khoản đã bị khóa; vui lòng liên hệ quản trị hệ thống.');
    expect(sessionTokenOf(res)).toBeNull();
  });

  it('answers bad input with BAD_REQUEST and Vietnamese field messages', async () => {
    const res = await mutate(t, 'auth.signIn', { username: '', password: 42 });
    expect(res.status, describe(res)).toBe(400);
    expect(res.body.error.data.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'username', message: 'Tên đăng nhập: không được để trống' },
        { path: 'password', message: 'Mật khẩu: sai kiểu dữ liệu' },
      ]),
    );
  });

  it('slows after five failures and locks the account at ten, saying until when in Vietnamese', async () => {
    const user = await createTestUser(t);
    const address = '198.51.100.7';
    for (let i = 1; i <= 9; i++) {
      const res = await mutate(
        t,
        'auth.signIn',
        { username: user.username, password: `sai-${i}` },
        { clientAddress: address },
      );
      expect(res.status, describe(res)).toBe(401);
    }
    const tenth = await mutate(
      t,
      'auth.signIn',
      { username: user.username, password: 'sai-10' },
      { clientAddress: address },
    );
    expect(tenth.status, describe(tenth)).toBe(429);
    // 01:00Z on the test clock is 08:00 in Hà Nội; the lock lasts 15 minutes.
    expect(tenth.body.error.message).toBe(
      'Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 08:15.',
    );

    // Locked: even the right password is refused, from any address.
    const right = await mutate(
      t,
      'auth.signIn',
      { username: user.username, password: TEST_PASSWORD },
      { clientAddress: '203.0.113.50' },
    );
    expect(right.status, describe(right)).toBe(429);
    expect(sessionTokenOf(right)).toBeNull();

    // Fifteen minutes later the account opens again.
    t.clock.advance(15 * 60 * 1000);
    const later = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(later.status, describe(later)).toBe(200);
  });

  it('locks an address that tried many accounts', async () => {
    const address = '198.51.100.99';
    // 29 failures from this address in the last minutes (recorded directly: each real one would be slowed).
    await saveLoginAttempt(t.db.db, {
      key: `address:${address}`,
      failures: 29,
      firstFailureAt: new Date(t.clock.now().getTime() - 60_000),
      lockedUntil: null,
    });
    const last = await mutate(
      t,
      'auth.signIn',
      { username: 'khong.co.ai', password: 'doan-bua' },
      { clientAddress: address },
    );
    expect(last.status, describe(last)).toBe(429);
    expect(last.body.error.message).toMatch(
      /^Địa chỉ truy cập này tạm bị chặn do đăng nhập sai nhiều lần; thử lại sau \d\d:\d\d\.$/,
    );
    const user = await createTestUser(t);
    const blocked = await mutate(
      t,
      'auth.signIn',
      { username: user.username, password: TEST_PASSWORD },
      { clientAddress: address },
    );
    expect(blocked.status, describe(blocked)).toBe(429);
    const elsewhere = await mutate(
      t,
      'auth.signIn',
      { username: user.username, password: TEST_PASSWORD },
      { clientAddress: '198.51.100.100' },
    );
    expect(elsewhere.status, describe(elsewhere)).toBe(200);
  });
});

group('auth.signIn under concurrency', () => {
  /** Attempts whose password was actually checked: each is audited as wrong_credentials. */
  async function verifiedAttempts(username: string) {
    return (await auditOf('auth.signIn')).filter(
      (e) => (e.after as { username?: string; reason?: string } | null)?.username === username,
    );
  }

  it('checks no more passwords than the limit when many wrong attempts arrive at once', async () => {
    const user = await createTestUser(t);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        mutate(
          t,
          'auth.signIn',
          { username: user.username, password: `doan-${i}` },
          // 30 addresses: only the account's limit (10) applies.
          { clientAddress: `198.51.100.${100 + i}` },
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(
      statuses.filter((s) => s !== 401 && s !== 429),
      JSON.stringify(statuses),
    ).toEqual([]);
    const attempts = await verifiedAttempts(user.username);
    const checked = attempts.filter((e) => (e.after as { reason?: string }).reason === 'wrong_credentials');
    expect(checked.length, `passwords checked: ${checked.length}`).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);

    // The account is locked now: the right password is refused too.
    const right = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(right.status, describe(right)).toBe(429);
    expect(sessionTokenOf(right)).toBeNull();
  });

  it('never checks more than the limit even when the right password is among the attempts', async () => {
    const user = await createTestUser(t);
    const wrong = Array.from({ length: 20 }, (_, i) =>
      mutate(
        t,
        'auth.signIn',
        { username: user.username, password: `doan-${i}` },
        { clientAddress: `198.51.100.${150 + i}` },
      ),
    );
    await Promise.all(wrong);
    const checked = (await verifiedAttempts(user.username)).filter(
      (e) => (e.after as { reason?: string }).reason === 'wrong_credentials',
    );
    expect(checked.length).toBeLessThanOrEqual(10);
    const right = await mutate(t, 'auth.signIn', { username: user.username, password: TEST_PASSWORD });
    expect(right.status, describe(right)).toBe(429);
  });

  it('refuses auth.signIn inside a batch, before any password is checked', async () => {
    const user = await createTestUser(t);
    const attempts = Array.from({ length: 8 }, (_, i) => ({
      username: user.username,
      password: i === 7 ? TEST_PASSWORD : `doan-${i}`,
    }));
    const body = Object.fromEntries(attempts.map((a, i) => [String(i), a]));
    for (const paths of [attempts.map(() => 'auth.signIn'), ['auth.me', 'auth.signIn']]) {
      const res = await t.app.request(`http://localhost/trpc/${paths.join(',')}?batch=1`, {
        method: 'POST',
        headers: {
          origin: 'http://localhost',
          'content-type': 'application/json',
          'x-real-ip': '192.0.2.77',
        },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      expect(res.status, text).toBe(400);
      expect(text).toContain('Đăng nhập phải gửi riêng');
      expect(res.headers.getSetCookie().some((c) => /^khcn_session=[^;]/.test(c))).toBe(false);
    }
    expect(await verifiedAttempts(user.username)).toEqual([]);
  });
});

group('auth.signIn forbidden', () => {
  it('refuses a sign-in without an Origin header or from another origin', async () => {
    const user = await createTestUser(t);
    for (const origin of [null, 'https://evil.example']) {
      const res = await mutate(
        t,
        'auth.signIn',
        { username: user.username, password: TEST_PASSWORD },
        { origin },
      );
      expect(res.status, describe(res)).toBe(403);
      expect(res.body.error.message).toMatch(/Origin/);
      expect(sessionTokenOf(res)).toBeNull();
    }
  });
});
