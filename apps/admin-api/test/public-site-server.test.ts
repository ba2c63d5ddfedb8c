/** The public site as `pnpm start` serves it: the same download rules as nginx in production. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicSiteApp } from '../src/public-site-server.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'khcn-site-server-'));
  const release = join(root, 'releases', 'r1');
  mkdirSync(join(release, 'files'), { recursive: true });
  writeFileSync(
    join(release, 'index.html'),
    '<!doctype html><html lang="vi"><title>Trang chủ</title></html>',
  );
  writeFileSync(
    join(release, '404.html'),
    '<!doctype html><html lang="vi"><title>Không tìm thấy</title></html>',
  );
  writeFileSync(join(release, 'files', 'bao-cao-thang-11-2024-so-05.pdf'), '%PDF-1.7\n%%EOF\n');
  writeFileSync(join(release, 'files', 'an-pham-0123456789abcdef.pdf'), '<html><script>alert(1)</script>');
  symlinkSync(join('releases', 'r1'), join(root, 'current'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createPublicSiteApp', () => {
  it('serves /files/ as downloads, never sniffed: Content-Disposition attachment, nosniff', async () => {
    const app = createPublicSiteApp(join(root, 'current'));
    for (const name of ['bao-cao-thang-11-2024-so-05.pdf', 'an-pham-0123456789abcdef.pdf']) {
      const res = await app.request(`/files/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-disposition')).toBe('attachment');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-type')).toBe('application/pdf');
    }
  });

  it('serves pages inline, and the site 404 page for unknown paths', async () => {
    const app = createPublicSiteApp(join(root, 'current'));
    const home = await app.request('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-disposition')).toBeNull();
    const missing = await app.request('/files/khong-co.pdf');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-disposition')).toBeNull();
    expect(await missing.text()).toContain('Không tìm thấy');
  });

  it('says the site is being published while no release is live', async () => {
    const res = await createPublicSiteApp(join(root, 'khong-co')).request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('đang được xuất bản lần đầu');
  });
});
