import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, freePort } from '../../vitest.shared.ts';

const infraDir = fileURLToPath(new URL('../', import.meta.url));
let work: string;
let port: number;
let nginx: ChildProcess;
const base = () => `http://127.0.0.1:${port}`;

function switchCurrent(root: string, id: string) {
  const temp = join(root, `.current-${id}`);
  symlinkSync(join('releases', id), temp);
  renameSync(temp, join(root, 'current'));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'khcn-nginx-'));
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
  const site = readFileSync(join(infraDir, 'nginx/public-site.conf'), 'utf8')
    .replace('root /srv/khcn/site/current;', `root ${siteRoot}/current;`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('listen [::]:80;', '')
    .replaceAll(
      'include snippets/khcn-security-headers.conf;',
      `include ${join(infraDir, 'nginx/security-headers.conf')};`,
    );
  writeFileSync(join(work, 'site.conf'), site);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(work, 'tmp', d), { recursive: true });
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  types { application/wasm wasm; text/csv csv; }
  access_log off;
  client_body_temp_path ${work}/tmp/body;
  proxy_temp_path ${work}/tmp/proxy;
  fastcgi_temp_path ${work}/tmp/fastcgi;
  uwsgi_temp_path ${work}/tmp/uwsgi;
  scgi_temp_path ${work}/tmp/scgi;
  include ${work}/site.conf;
}
`,
  );
  execFileSync('nginx', ['-t', '-c', join(work, 'nginx.conf'), '-p', work], { stdio: 'pipe' });
  nginx = spawn('nginx', ['-c', join(work, 'nginx.conf'), '-p', work], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base());
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not start');
});

afterAll(() => {
  nginx?.kill('SIGTERM');
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
