import { z } from 'zod';
import { divisionCodeSchema, idSchema, isoDateTimeSchema } from '../common.schema.ts';
import { findPasswordWeakness, passwordWeaknessMessages } from './password-policy.rules.ts';
import { roleSchema } from './role.rules.ts';

/** Login names: lower-case letters, digits, dot, dash, underscore (the database enforces the same). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, {
    error: 'Tên đăng nhập: chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang; 3–40 ký tự',
  });

/**
 * A new password: at least 10 characters, not one of the common ones (breach lists, "Password@2024", the demo
 * password); long passphrases welcome (bounded so hashing stays cheap). Whether it contains the user name is
 * checked where the user name is known (the create-user schema, the use cases).
 */
export const newPasswordSchema = z
  .string()
  .min(10)
  .max(200)
  .refine((password) => findPasswordWeakness(password) !== 'common', {
    params: { message: passwordWeaknessMessages.common },
  });

/** What the sign-in form sends. Loose on purpose: a wrong format is just a failed sign-in. */
export const signInInputSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: newPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    error: 'Mật khẩu mới: phải khác mật khẩu hiện tại',
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

const displayNameSchema = z.string().trim().min(1).max(120);
const userRolesSchema = z.array(roleSchema).min(1).max(5);
const userDivisionsSchema = z.array(divisionCodeSchema).max(20);

/** Quản trị creates an account with a temporary password the user must change at first sign-in. */
export const createUserInputSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    roles: userRolesSchema,
    divisions: userDivisionsSchema.default([]),
    temporaryPassword: newPasswordSchema,
  })
  .refine(
    (v) => findPasswordWeakness(v.temporaryPassword, { username: v.username }) !== 'contains_username',
    {
      path: ['temporaryPassword'],
      params: { message: passwordWeaknessMessages.contains_username },
    },
  );
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

/** Quản trị changes name, roles, divisions, or disables/enables an account. */
export const updateUserInputSchema = z.object({
  id: idSchema,
  displayName: displayNameSchema.optional(),
  roles: userRolesSchema.optional(),
  divisions: userDivisionsSchema.optional(),
  isDisabled: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const resetPasswordInputSchema = z.object({
  id: idSchema,
  temporaryPassword: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

/** Audit log filters: who, what, which entity, when; pages of at most 200. */
export const auditListInputSchema = z.object({
  actorId: idSchema.optional(),
  action: z.string().min(1).max(100).optional(),
  entityKind: z.string().min(1).max(100).optional(),
  entityId: idSchema.optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type AuditListInput = z.infer<typeof auditListInputSchema>;
