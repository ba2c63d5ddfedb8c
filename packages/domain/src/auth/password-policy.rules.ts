import { DomainError } from '../errors/domain-error.ts';
import { labelForPath } from '../validation/field-labels.ts';

/**
 * What makes a password too easy to guess, beyond its length (NIST SP 800-63B, 5.1.1.2: compare against values
 * known to be commonly used or compromised, and against context-specific words such as the user name).
 * Pure data and rules; the schemas and the use cases apply them.
 */

/**
 * Passwords of 10 characters or more found at the top of public breach lists, and the obvious ones of this
 * platform (its published demo password, the department's name with a year). Compared in lower case.
 */
const commonPasswords = new Set([
  '0000000000',
  '0123456789',
  '1111111111',
  '1122334455',
  '1234512345',
  '1234567890',
  '12345678910',
  '123123123123',
  '123456123456',
  '123456654321',
  '123456789a',
  '1234567890a',
  '123456789abc',
  '1234qwer!@#$',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  '2wsx3edc4rfv',
  '5201314520',
  '9876543210',
  '987654321a',
  'a123456789',
  'a1234567890',
  'a1b2c3d4e5',
  'aa12345678',
  'abc1234567',
  'abcd123456',
  'abcd1234567',
  'abcdefghij',
  'administrator',
  'asdfghjkl1',
  'asdfghjkl;',
  'asdf123456',
  'iloveyou12',
  'iloveyou123',
  'letmein123',
  'password01',
  'password10',
  'password11',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'princess123',
  'q1w2e3r4t5',
  'q1w2e3r4t5y6',
  'qazwsxedcrfv',
  'qwe1234567',
  'qweasdzxc123',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'qwertyuiop',
  'qwertyuiop1',
  'qwertyuiop123',
  'superman123',
  'trustno1234',
  'welcome123',
  'welcome1234',
  'zaq12wsxcde',
  'zxcvbnm123',
  'zxcvbnm1234',
  'anhyeuem123',
  'anhyeuem1234',
  'emyeuanh123',
  'khongbiet123',
  'matkhau123',
  'matkhau1234',
  'matkhau12345',
  'matkhaucuatoi',
  'vietnam123',
  'vietnam1234',
  'hanoi12345',
  'saigon12345',
  'hungyen123',
  'hungyen2024',
  'khcndemo@2024',
  'khcn@123456',
]);

/**
 * Words that, with only digits and symbols around them, make a guessable password whatever the year or the
 * punctuation: "Password@2024", "Matkhau#123", "Admin@12345", "KhcnDemo@2025".
 */
const commonWords = new Set([
  'password',
  'passw0rd',
  'matkhau',
  'qwerty',
  'admin',
  'administrator',
  'abc',
  'abcd',
  'abcde',
  'iloveyou',
  'welcome',
  'letmein',
  'khcn',
  'khcndemo',
  'sokhcn',
  'hungyen',
  'vietnam',
  'quantri',
  'lanhdao',
  'chuyenvien',
  'truongphong',
  'vanthu',
  'demo',
  'test',
  'user',
  'login',
]);

export type PasswordWeakness = 'common' | 'contains_username';

/** Why `password` is too easy to guess, or null. `username` is the account's login name, when known. */
export function findPasswordWeakness(
  password: string,
  context: { username?: string } = {},
): PasswordWeakness | null {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return 'common';
  if (/^(.)\1*$/u.test(lower)) return 'common';
  const letters = lower.replace(/[^\p{L}]/gu, '');
  if (commonWords.has(letters) && /^[^\p{L}]*\p{L}+[^\p{L}]*$/u.test(lower)) return 'common';
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3) {
    const bare = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    if (lower.includes(username) || (bare(username).length >= 3 && bare(lower).includes(bare(username)))) {
      return 'contains_username';
    }
  }
  return null;
}

/** The words after "Mật khẩu mới: " (or the field's own label) for each weakness. */
export const passwordWeaknessMessages: Record<PasswordWeakness, string> = {
  common: 'quá phổ biến, dễ bị đoán; hãy chọn một cụm từ riêng (ví dụ vài từ không liên quan ghép lại)',
  contains_username: 'không được chứa tên đăng nhập',
};

/**
 * Refuses a password too easy to guess for this account, naming the field ("Mật khẩu mới: không được chứa tên
 * đăng nhập"). For use cases that know the account (the schemas check what they can without it).
 */
export function requireSafePassword(password: string, context: { username: string }, field: string): void {
  const weakness = findPasswordWeakness(password, context);
  if (!weakness) return;
  const message = `${labelForPath([field])}: ${passwordWeaknessMessages[weakness]}`;
  throw new DomainError('VALIDATION_FAILED', `Password refused: ${weakness}`, {
    userMessage: message,
    fieldErrors: [{ path: field, message }],
  });
}
