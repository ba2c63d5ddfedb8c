import { describe, expect, it } from 'vitest';
import { canEditSection, hasPermission, requirePermission } from './role.rules.ts';

describe('roles', () => {
  it('scopes editors to their divisions; leaders edit any section', () => {
    expect(canEditSection({ userId: 'e', roles: ['editor'], divisions: ['TDC'] }, 'TDC')).toBe(true);
    expect(canEditSection({ userId: 'e', roles: ['editor'], divisions: ['TDC'] }, 'QLKH')).toBe(false);
    expect(canEditSection({ userId: 'l', roles: ['leader'], divisions: [] }, 'QLKH')).toBe(true);
    expect(canEditSection({ userId: 'c', roles: ['clerk'], divisions: ['VP'] }, 'VP')).toBe(false);
  });
  it('lets only leaders approve; admins approve nothing', () => {
    expect(hasPermission({ roles: ['leader'] }, 'report.approve')).toBe(true);
    expect(hasPermission({ roles: ['admin'] }, 'report.approve')).toBe(false);
    expect(hasPermission({ roles: ['admin'] }, 'user.manage')).toBe(true);
    expect(() =>
      requirePermission({ userId: 'a', roles: ['admin'], divisions: [] }, 'report.approve'),
    ).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        userMessage: 'Bạn không có quyền thực hiện thao tác này.',
      }),
    );
  });
});
