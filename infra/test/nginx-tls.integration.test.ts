import { createServer, get, type Server } from 'node:http';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_REQUEST_BODY_MIB } from '@khcn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../vitest.shared.ts';
import {
  httpsRequest,
  installAndStartNginx,
  type NginxInstall,
  selfSignedCertificate,
} from './support/nginx-install.ts';

/**
 * nginx terminating TLS for both hosts (PUBLIC_TLS=1), as infra/scripts/install-nginx.sh installs it: the public
 * site's TLS variant, and the admin host proxying to the API (here a stand-in that echoes what it received and,
 * like the real API's secure headers, sends its own Strict-Transport-Security).
 */
const PUBLIC = 'congkhai.test';
const ADMIN = 'quantri.test';
let nginx: NginxInstall;
let api: Server;
let httpPort: number;
let httpsPort: number;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'khcn-nginx-tls-'));
  chmodSync(work, 0o755);
  const release = join(work, 'site/releases/r1');
  mkdirSync(join(work, 'site/releases'), { recursive: true });
  cpSync(process.env.KHCN_SEED_SITE_DIR!, release, { recursive: true });
  symlinkSync('releases/r1', join(work, 'site/current'));

  api = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    req.on('end', () => {
      res.setHeader('strict-transport-security', 'max-age=15552000; includeSubDomains');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ headers: req.headers, bytes }));
    });
  });
  const apiPort = await freePort();
  await new Promise<void>((resolve) => api.listen(apiPort, '127.0.0.1', resolve));

  httpPort = await freePort();
  httpsPort = await freePort();
  const tls = selfSignedCertificate(work, [PUBLIC, ADMIN]);
  nginx = await installAndStartNginx({
    PUBLIC_HOST: PUBLIC,
    ADMIN_HOST: ADMIN,
    PUBLIC_TLS: '1',
    SITE_ROOT: join(work, 'site'),
    API_ADDRESS: `127.0.0.1:${apiPort}`,
    HTTP_PORT: String(httpPort),
    HTTPS_PORT: String(httpsPort),
    TLS_CERT: tls.cert,
    TLS_KEY: tls.key,
  });
});

/** A plain-HTTP GET with a Host header (fetch does not let a caller choose Host). */
function httpGet(host: string, path: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: httpPort, path, headers: { host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    }).on('error', reject);
  });
}

afterAll(() => {
  nginx?.stop();
  api?.close();
});

describe('the public site over TLS (public-site-tls.conf)', () => {
  it('serves the site with its security headers and Strict-Transport-Security exactly once', async () => {
    const res = await httpsRequest(httpsPort, PUBLIC, '/');
    expect(res.status, res.body.toString().slice(0, 200)).toBe(200);
    expect(res.body.toString()).toContain('lang="vi"');
    expect(res.header('strict-transport-security')).toEqual(['max-age=31536000; includeSubDomains']);
    expect(res.header('content-security-policy')).toHaveLength(1);
  });

  it('sends HSTS once on every kind of response (assets, 404)', async () => {
    for (const path of ['/khong-co-trang-nay/', '/robots.txt', '/bao-cao/2024-11/']) {
      const res = await httpsRequest(httpsPort, PUBLIC, path);
      expect(res.header('strict-transport-security'), path).toHaveLength(1);
    }
  });

  it('redirects plain HTTP to HTTPS', async () => {
    expect(await httpGet(PUBLIC, '/bao-cao/')).toEqual({
      status: 301,
      location: `https://${PUBLIC}/bao-cao/`,
    });
  });
});

describe('the admin host (admin-site.conf)', () => {
  it('passes the API the address nginx saw, the scheme and the host, whatever the client wrote', async () => {
    const res = await httpsRequest(httpsPort, ADMIN, '/trpc/auth.me', {
      headers: {
        'x-real-ip': '203.0.113.66',
        'x-forwarded-for': '203.0.113.66',
        'x-forwarded-proto': 'http',
      },
    });
    expect(res.status).toBe(200);
    const seen = JSON.parse(res.body.toString()) as { headers: Record<string, string> };
    expect(seen.headers['x-real-ip']).toBe('127.0.0.1');
    expect(seen.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen.headers['x-forwarded-proto']).toBe('https');
    expect(seen.headers.host).toBe(ADMIN);
  });

  it("sends Strict-Transport-Security once (the API's own is dropped)", async () => {
    const res = await httpsRequest(httpsPort, ADMIN, '/');
    expect(res.header('strict-transport-security')).toEqual(['max-age=31536000; includeSubDomains']);
  });

  it(`accepts an upload up to ${MAX_REQUEST_BODY_MIB} MiB and answers 413 past it`, async () => {
    const ok = await httpsRequest(httpsPort, ADMIN, '/trpc/records.uploadPublicationPdf', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(27 * 1024 * 1024, 0x41),
    });
    expect(ok.status).toBe(200);
    expect((JSON.parse(ok.body.toString()) as { bytes: number }).bytes).toBe(27 * 1024 * 1024);
    const tooLarge = await httpsRequest(httpsPort, ADMIN, '/trpc/records.uploadPublicationPdf', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_REQUEST_BODY_MIB * 1024 * 1024 + 1, 0x41),
    });
    expect(tooLarge.status).toBe(413);
  });

  it('redirects plain HTTP to HTTPS', async () => {
    expect(await httpGet(ADMIN, '/')).toEqual({ status: 301, location: `https://${ADMIN}/` });
  });
});
