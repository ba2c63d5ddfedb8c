import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@khcn/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createFileStore } from '../src/file-store.ts';
import { describe, query, request } from './support/api-client.ts';
import { createRecordingPublishQueue, createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let built: TestApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'khcn-admin-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Quản trị</title><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  t = await createTestApp();
  built = await createTestApp({ adminWebDist: dist });
});
afterAll(async () => {
  await t.close();
  await built.close();
  rmSync(dist, { recursive: true, force: true });
});

group('health', () => {
  it('/healthz answers while the process lives', async () => {
    const res = await request(t, '/healthz');
    expect(res.status, describe(res)).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the database does', async () => {
    const res = await request(t, '/readyz');
    expect(res.status, describe(res)).toBe(200);
  });

  it('/readyz answers 503 when the database is gone', async () => {
    const db = await createTestDatabase();
    const app = createApp({
      db: db.db,
      logger: pino({ level: 'silent' }),
      publishQueue: createRecordingPublishQueue(),
      files: createFileStore(db.db, tmpdir(), () => new Date()),
    });
    await db.destroy();
    const res = await app.request('http://localhost/readyz');
    expect(res.status, await res.text()).toBe(503);
  });
});

group('request ids and logs', () => {
  it('echoes a given request id and logs the request with it', async () => {
    const res = await request(t, '/healthz', { headers: { 'x-request-id': 'req-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('req-abc-123');
    expect(t.logs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ requestId: 'req-abc-123', path: '/healthz', status: 200, msg: 'request' }),
      ]),
    );
  });

  it('answers tRPC calls with the request id too', async () => {
    const res = await query(t, 'auth.me', undefined, { headers: { 'x-request-id': 'req-trpc-7' } });
    expect(res.headers.get('x-request-id'), describe(res)).toBe('req-trpc-7');
  });

  it('makes one up when none (or a strange one) is given', async () => {
    const res = await request(t, '/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

group('routes', () => {
  it('answers 404 for an unknown procedure', async () => {
    const res = await query(t, 'khong.co.thu.tuc');
    expect(res.status, describe(res)).toBe(404);
  });

  it('answers 404 for an unknown non-page route', async () => {
    for (const [path, method] of [
      ['/khong-co', 'POST'],
      ['/assets/khong-co.js', 'GET'],
      ['/favicon.ico', 'GET'],
    ] as const) {
      const res = await request(built, path, { method });
      expect(res.status, `${method} ${path} ${describe(res)}`).toBe(404);
      expect(res.body).toEqual({ message: 'Không tìm thấy địa chỉ này.' });
    }
  });

  it('refuses a mutation sent as GET', async () => {
    const res = await query(t, 'auth.signOut');
    expect(res.status, describe(res)).toBe(405);
  });

  it('sends security headers', async () => {
    const res = await request(t, '/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

group('admin app', () => {
  it('serves the built admin app and its assets', async () => {
    const index = await request(built, '/', { headers: { accept: 'text/html' } });
    expect(index.status, describe(index)).toBe(200);
    expect(index.body).toContain('<div id="root">');
    const asset = await request(built, '/assets/app-abc123.js');
    expect(asset.status, describe(asset)).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('answers index.html for the app’s own pages (single-page fallback)', async () => {
    const res = await request(built, '/bao-cao/2024-11/muc/II.1', { headers: { accept: 'text/html' } });
    expect(res.status, describe(res)).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.body).toContain('<div id="root">');
  });

  it('does not serve files outside the build folder', async () => {
    const res = await request(built, '/..%2f..%2fetc%2fpasswd');
    expect(res.body).not.toContain('root:');
    const dotdot = await request(built, '/assets/../../package.json');
    expect(String(dotdot.body)).not.toContain('"name"');
  });

  it('says in Vietnamese that the admin app is not built when it is not', async () => {
    const res = await request(t, '/', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status, describe(res)).toBe(503);
    expect(res.body).toContain('Ứng dụng quản trị chưa được build');
  });
});
