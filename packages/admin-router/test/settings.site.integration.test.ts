import { getSiteConfig } from '@khcn/db';
import { hungYenSiteConfig } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

const thaiNguyen = {
  ...hungYenSiteConfig,
  province: 'Thái Nguyên',
  parentBody: 'UBND TỈNH THÁI NGUYÊN',
  departmentName: 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên',
  departmentNameEnglish: 'Thai Nguyen Department of Science and Technology',
  logoText: 'Sở KH&CN Thái Nguyên',
};

describe('settings.site and settings.updateSite', () => {
  it('allowed: anyone signed in reads the identity; the quản trị changes it, audited', async () => {
    expect((await env.caller('chuyenvien').settings.site()).province).toBe('Hưng Yên');
    await env.caller('quantri').settings.updateSite(thaiNguyen);
    expect((await getSiteConfig(env.database.db)).departmentName).toBe(
      'Sở Khoa học và Công nghệ tỉnh Thái Nguyên',
    );
    const audit = await env.auditEntries({ action: 'settings.updateSite' });
    expect(audit[0]).toMatchObject({ actorId: 'user-quantri', entityId: 'site' });
  });

  it('rejected: a bad site URL or an empty name, in Vietnamese naming the field, changing nothing', async () => {
    const bad = await rejectionOf(
      env
        .caller('quantri')
        .settings.updateSite({ ...thaiNguyen, siteUrl: 'khong-phai-url', departmentName: ' ' }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fieldErrors.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        'Địa chỉ cổng thông tin: không đúng định dạng địa chỉ web',
        'Tên đơn vị: không được để trống',
      ]),
    );
    expect((await getSiteConfig(env.database.db)).province).toBe('Thái Nguyên');
  });

  it('rejected: a site URL that is not http(s) (javascript:, data:, ftp:, file:), naming the field', async () => {
    for (const siteUrl of [
      'javascript:alert(document.domain)//',
      'data:text/html,<b>x</b>',
      'ftp://khcn.example.vn',
      'file:///etc/passwd',
    ]) {
      const bad = await rejectionOf(env.caller('quantri').settings.updateSite({ ...thaiNguyen, siteUrl }));
      expect(bad.code, siteUrl).toBe('BAD_REQUEST');
      expect(bad.fieldErrors, siteUrl).toEqual([
        {
          path: 'siteUrl',
          message: 'Địa chỉ cổng thông tin: phải là địa chỉ web bắt đầu bằng http:// hoặc https://',
        },
      ]);
    }
    const licence = await rejectionOf(
      env.caller('quantri').settings.updateSite({
        ...thaiNguyen,
        licence: { ...thaiNguyen.licence, url: 'javascript:alert(1)' },
      }),
    );
    expect(licence.fieldErrors.map((f) => f.path)).toEqual(['licence.url']);
    await env.caller('quantri').settings.updateSite({ ...thaiNguyen, siteUrl: 'http://localhost:4321' });
    expect((await getSiteConfig(env.database.db)).siteUrl).toBe('http://localhost:4321');
  });

  it('forbidden: a leader (who approves, but does not manage settings) and no session', async () => {
    expect((await rejectionOf(env.caller('lanhdao').settings.updateSite(thaiNguyen))).code).toBe('FORBIDDEN');
    expect((await rejectionOf(env.caller(null).settings.site())).code).toBe('UNAUTHORIZED');
  });
});
