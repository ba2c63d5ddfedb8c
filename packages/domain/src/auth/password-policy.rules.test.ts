import { describe, expect, it } from 'vitest';
import { vietnameseErrorMap } from '../validation/vietnamese-errors.ts';
import { findPasswordWeakness, requireSafePassword } from './password-policy.rules.ts';
import { changePasswordInputSchema, createUserInputSchema } from './user.schema.ts';

describe('findPasswordWeakness', () => {
  it('refuses the common passwords of breach lists and of this platform, in any case', () => {
    for (const password of [
      '1234567890',
      'qwertyuiop',
      'Password123',
      'KhcnDemo@2024',
      'matkhau123',
      'aaaaaaaaaaaa',
      'Password@2024',
      'Matkhau#12345',
      'Admin@123456',
      'khcndemo@2025!',
    ]) {
      expect(findPasswordWeakness(password), password).toBe('common');
    }
  });

  it('refuses a password that contains the user name, however it is written', () => {
    expect(findPasswordWeakness('ho-so-truongphong-2025', { username: 'truongphong' })).toBe(
      'contains_username',
    );
    expect(findPasswordWeakness('Sao-CHUYENVIEN.TDC-9', { username: 'chuyenvien.tdc' })).toBe(
      'contains_username',
    );
    expect(findPasswordWeakness('xx chuyenvientdc xx', { username: 'chuyenvien.tdc' })).toBe(
      'contains_username',
    );
  });

  it('accepts a passphrase of unrelated words', () => {
    expect(findPasswordWeakness('sông Hồng mùa nước lũ', { username: 'chuyenvien' })).toBeNull();
    expect(findPasswordWeakness('ngua-vang-ca-phe-7', { username: 'lanhdao' })).toBeNull();
  });
});

describe('the password schemas', () => {
  it('refuse a common new password, naming the field in Vietnamese', () => {
    const result = changePasswordInputSchema.safeParse(
      { currentPassword: 'mat-khau-cu', newPassword: 'Password@2024' },
      { error: vietnameseErrorMap },
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Mật khẩu mới: quá phổ biến, dễ bị đoán; hãy chọn một cụm từ riêng (ví dụ vài từ không liên quan ghép lại)',
    ]);
  });

  it('refuse a temporary password that contains the new account’s user name', () => {
    const result = createUserInputSchema.safeParse(
      {
        username: 'nguyenvan.a',
        displayName: 'Nguyễn Văn A',
        roles: ['editor'],
        temporaryPassword: 'nguyenvan.a-2025',
      },
      { error: vietnameseErrorMap },
    );
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['temporaryPassword', 'Mật khẩu tạm: không được chứa tên đăng nhập'],
    ]);
  });
});

describe('requireSafePassword', () => {
  it('throws a Vietnamese field error for the use cases that know the account', () => {
    expect(() => requireSafePassword('lanhdao-so-khcn-9', { username: 'lanhdao' }, 'newPassword')).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        fieldErrors: [{ path: 'newPassword', message: 'Mật khẩu mới: không được chứa tên đăng nhập' }],
      }),
    );
    expect(() =>
      requireSafePassword('ngua-vang-ca-phe-7', { username: 'lanhdao' }, 'newPassword'),
    ).not.toThrow();
  });
});
