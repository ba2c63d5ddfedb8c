import { listAuditEntries } from '@khcn/db';
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest';
import { describe, mutate } from './support/api-client.ts';
import { createTestUser } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let proxied: TestApp;
let direct: TestApp;
beforeAll(async () => {
  proxied = await createTestApp({ trustProxy: true });
  direct = await createTestApp({ trustProxy: false });
});
afterAll(async () => {
  await proxied?.close();
  await direct?.close();
});

/** The client address the API recorded for a refused sign-in sent with `headers`. */
async function recordedAddress(
  t: TestApp,
  realIp: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const user = await createTestUser(t);
  const res = await mutate(
    t,
    'auth.signIn',
    { username: user.username, password: 'sai-mat-khau-1' },
    { headers, clientAddress: realIp },
  );
  expect(res.status, describe(res)).toBe(401);
  const entries = await listAuditEntries(t.db.db, { action: 'auth.signIn', page: 1, pageSize: 1 });
  return (entries.items[0]?.after as { clientAddress?: unknown } | null)?.clientAddress;
}

group('the client address (login throttling, audit) with TRUST_PROXY', () => {
  it('is the X-Real-IP the proxy set', async () => {
    expect(await recordedAddress(proxied, '198.51.100.7')).toBe('198.51.100.7');
  });

  it('is never taken from X-Forwarded-For, a chain the client writes', async () => {
    const address = await recordedAddress(proxied, '', { 'x-forwarded-for': '203.0.113.9, 192.0.2.1' });
    expect(address).not.toBe('203.0.113.9');
    expect(address).not.toBe('192.0.2.1');
  });
});

group('the client address without TRUST_PROXY', () => {
  it('ignores every proxy header: a client reaching the API directly cannot choose its address', async () => {
    const address = await recordedAddress(direct, '198.51.100.7', { 'x-forwarded-for': '203.0.113.9' });
    expect(address).not.toBe('198.51.100.7');
    expect(address).not.toBe('203.0.113.9');
  });
});
