import { describe, expect, it } from 'vitest';
import {
  createFirstAdmin,
  findUserByUsername,
  getDivisions,
  getReportFrame,
  getSiteConfig,
  verifyPassword,
} from '../src/index.ts';
import { useTestDatabase } from '../src/testing/test-database.ts';
import { isSiteIdentityUnset } from '@khcn/domain';

const t = useTestDatabase();

describe('the first admin of a new installation', () => {
  it('has a temporary password to change at first sign-in, and the site can publish', async () => {
    const { temporaryPassword } = await createFirstAdmin(t.db, {
      username: 'quantri',
      displayName: 'Quản trị',
      now: new Date(),
    });
    const found = await findUserByUsername(t.db, 'quantri');
    expect(found!.user).toMatchObject({ roles: ['admin'], mustChangePassword: true, isDisabled: false });
    expect(await verifyPassword(found!.passwordHash, temporaryPassword)).toBe(true);
    // A new installation names no province: the quản trị sets the identity (Thông tin đơn vị).
    const site = await getSiteConfig(t.db);
    expect(isSiteIdentityUnset(site)).toBe(true);
    expect(JSON.stringify(site)).not.toMatch(/Hưng Yên|HƯNG YÊN|Hung Yen/);
    expect(await getReportFrame(t.db)).toEqual({
      place: 'Chưa khai báo',
      closing: `${site.departmentName} trân trọng báo cáo./.`,
      recipients: [],
      archive: ['VT'],
      signature: null,
    });
    expect(Object.keys(await getDivisions(t.db))).toContain('QLKH');
  });

  it('refuses a username that exists', async () => {
    await expect(
      createFirstAdmin(t.db, { username: 'quantri', displayName: 'X', now: new Date() }),
    ).rejects.toThrow('đã có');
  });
});
