import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation/vietnamese-errors.ts';
import { changePasswordInputSchema, createUserInputSchema } from './user.schema.ts';

describe('user schemas', () => {
  it('lower-cases and trims a new username', () => {
    const parsed = parseInput(createUserInputSchema, {
      username: '  Nguyen.Van.A ',
      displayName: 'Nguyễn Văn A',
      roles: ['editor'],
      temporaryPassword: 'mot-mat-khau-tam',
    });
    expect(parsed.username).toBe('nguyen.van.a');
    expect(parsed.divisions).toEqual([]);
  });

  it('names each bad field in Vietnamese', () => {
    expect(() =>
      parseInput(createUserInputSchema, {
        username: 'a b',
        displayName: '',
        roles: [],
        temporaryPassword: 'x',
      }),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: expect.arrayContaining([
          { path: 'username', message: expect.stringMatching(/^Tên đăng nhập:/) },
          { path: 'displayName', message: 'Họ tên: không được để trống' },
          { path: 'roles', message: 'Vai trò: phải có ít nhất 1 mục' },
          { path: 'temporaryPassword', message: 'Mật khẩu tạm: phải có ít nhất 10 ký tự' },
        ]),
      }),
    );
  });

  it('refuses a new password equal to the current one', () => {
    expect(() =>
      parseInput(changePasswordInputSchema, {
        currentPassword: 'mat-khau-cu-1',
        newPassword: 'mat-khau-cu-1',
      }),
    ).toThrow(
      expect.objectContaining({
        fieldErrors: [{ path: 'newPassword', message: 'Mật khẩu mới: phải khác mật khẩu hiện tại' }],
      }),
    );
  });
});
