import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, freePort } from '../../vitest.shared.ts';
import { installAndStartNginx, type NginxInstall, selfSignedCertificate } from './support/nginx-install.ts';

/**
 * The public site over HTTP (PUBLIC_TLS=0: behind a TLS front), as infra/scripts/install-nginx.sh installs it
 * into Debian's nginx. The TLS variant and the admin host: nginx-tls.integration.test.ts.
 */
let work: string;
let port: number;
let nginx: NginxInstall;
const base = () => `http://127.0.0.1:${port}`;

function switchCurrent(root: string, id: string) {
  const temp = join(root, `.current-${id}`);
  symlinkSync(join('releases', id), temp);
  renameSync(temp, join(root, 'current'));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'khcn-nginx-site-'));
  chmodSync(work, 0o755); // nginx's workers run as an unprivileged user
  const siteRoot = join(work, 'site');
  const first = join(siteRoot, 'releases', 'release-1');
  // The real public site, built from the seed snapshot by the global setup.
  cpSync(process.env.KHCN_SEED_SITE_DIR!, first, { recursive: true });
  // A document as the publisher copies it, and an upload that would be HTML if a browser sniffed it.
  mkdirSync(join(first, 'files'), { recursive: true });
  writeFileSync(join(first, 'files', 'bao-cao-thang-11-2024-so-05.pdf'), '%PDF-1.7\n%%EOF\n');
  writeFileSync(join(first, 'files', 'an-pham-0123456789abcdef.pdf'), '<html><script>alert(1)</script>');
  const second = join(siteRoot, 'releases', 'release-2');
  cpSync(first, second, { recursive: true });
  writeFileSync(join(second, 'ban-phat-hanh.txt'), 'release-2');
  switchCurrent(siteRoot, 'release-1');

  port = await freePort();
  const tls = selfSignedCertificate(work, ['quantri.test']);
  nginx = await installAndStartNginx({
    PUBLIC_HOST: '127.0.0.1',
    ADMIN_HOST: 'quantri.test',
    PUBLIC_TLS: '0',
    SITE_ROOT: siteRoot,
    HTTP_PORT: String(port),
    HTTPS_PORT: String(await freePort()),
    TLS_CERT: tls.cert,
    TLS_KEY: tls.key,
  });
});

afterAll(() => {
  nginx?.stop();
});

describe('infra/nginx/public-site.conf', () => {
  it('serves the current release with security headers and a short HTML cache', async () => {
    const res = await fetch(`${base()}/`);
    const body = await res.text();
    expect(res.status, body.slice(0, 300)).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(body).toContain('lang="vi"');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain("unsafe-inline' '");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it("disabled Debian's default site, which would answer for the public host", () => {
    expect(existsSync(join(nginx.dir, 'sites-enabled/default'))).toBe(false);
    expect(existsSync(join(nginx.dir, 'sites-available/default'))).toBe(true);
  });

  it('sends no Strict-Transport-Security over plain HTTP (the TLS front sends it)', async () => {
    const res = await fetch(`${base()}/`);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('serves open data as text/csv and application/json, gzipped', async () => {
    const datasets = readdirSync(join(work, 'site/current/du-lieu-mo'), { recursive: true }).map(String);
    const csv = datasets.find((f) => f.endsWith('.csv'));
    const json = datasets.find((f) => f.endsWith('.json'));
    expect(csv, datasets.join(', ')).toBeDefined();
    expect(json, datasets.join(', ')).toBeDefined();
    for (const [file, type] of [
      [csv!, 'text/csv'],
      [json!, 'application/json'],
    ] as const) {
      const res = await fetch(`${base()}/du-lieu-mo/${file}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toMatch(new RegExp(`^${type}(; charset=utf-8)?$`));
      expect(res.headers.get('content-encoding'), file).toBe('gzip');
      expect(res.headers.get('x-content-type-options'), file).toBe('nosniff');
    }
  });

  it('compresses text with gzip', async () => {
    const res = await fetch(`${base()}/bao-cao/2024-11/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('caches hashed assets immutably', async () => {
    const asset = readdirSync(join(work, 'site/current/_astro')).find(
      (f) => f.endsWith('.css') || f.endsWith('.js'),
    )!;
    const res = await fetch(`${base()}/_astro/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });

  it('serves /files/ as downloads, never as a page: Content-Disposition attachment, nosniff', async () => {
    for (const name of ['bao-cao-thang-11-2024-so-05.pdf', 'an-pham-0123456789abcdef.pdf']) {
      const res = await fetch(`${base()}/files/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-disposition'), name).toBe('attachment');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers unknown paths with the site 404 page', async () => {
    const res = await fetch(`${base()}/khong-co-trang-nay/`);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain('lang="vi"');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the new release as soon as `current` is switched', async () => {
    expect((await fetch(`${base()}/ban-phat-hanh.txt`)).status).toBe(404);
    switchCurrent(join(work, 'site'), 'release-2');
    const res = await fetch(`${base()}/ban-phat-hanh.txt`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('release-2');
  });

  it('renders pages in Chromium without a Content-Security-Policy violation', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      for (const path of ['/', '/bao-cao/2024-11/', '/tim-kiem/?q=duong']) {
        const response = await page.goto(`${base()}${path}`, { waitUntil: 'networkidle' });
        expect(response?.status(), path).toBe(200);
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
