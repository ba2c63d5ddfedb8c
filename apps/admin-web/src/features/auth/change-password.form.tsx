import { type ChangePasswordInput, changePasswordInputSchema } from '@khcn/domain';
import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { z } from 'zod';
import { FormError } from '../../shared/form/form-error.tsx';
import { useZodForm } from '../../shared/form/use-zod-form.ts';

/** The domain's input plus the repeat field, which never leaves the browser. */
export const changePasswordFormSchema = changePasswordInputSchema
  .and(z.object({ confirmPassword: z.string() }))
  .refine((v) => v.confirmPassword === v.newPassword, {
    path: ['confirmPassword'],
    error: 'Nhập lại mật khẩu mới: không khớp',
  });
export type ChangePasswordValues = z.infer<typeof changePasswordFormSchema>;

/** The three password boxes, in order: what the browser may fill in, and what to type. */
const passwordFields: Array<{
  name: keyof ChangePasswordValues;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  description?: string;
}> = [
  { name: 'currentPassword', label: 'Mật khẩu hiện tại', autoComplete: 'current-password' },
  {
    name: 'newPassword',
    label: 'Mật khẩu mới',
    description: 'Ít nhất 10 ký tự; nên dùng một cụm từ dễ nhớ.',
    autoComplete: 'new-password',
  },
  { name: 'confirmPassword', label: 'Nhập lại mật khẩu mới', autoComplete: 'new-password' },
];

type ChangePasswordFormProps = {
  onSubmit: (values: ChangePasswordInput) => Promise<void> | void;
  errorMessage?: string | null;
  /** Field errors from the API ("Mật khẩu hiện tại: không đúng"). */
  serverFieldErrors?: Partial<Record<keyof ChangePasswordValues, string>>;
  isSubmitting?: boolean;
};

export function ChangePasswordForm({
  onSubmit,
  errorMessage,
  serverFieldErrors,
  isSubmitting,
}: ChangePasswordFormProps) {
  const form = useZodForm(changePasswordFormSchema, {
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const { errors } = form.formState;
  const errorOf = (name: keyof ChangePasswordValues) => errors[name]?.message ?? serverFieldErrors?.[name];
  return (
    <form
      noValidate
      aria-label="Đổi mật khẩu"
      onSubmit={form.handleSubmit(({ currentPassword, newPassword }) =>
        onSubmit({ currentPassword, newPassword }),
      )}
    >
      <Stack gap="md" maw={420}>
        <FormError message={errorMessage} />
        {passwordFields.map(({ name, ...field }) => (
          <PasswordInput key={name} {...field} withAsterisk error={errorOf(name)} {...form.register(name)} />
        ))}
        <Text size="sm" c="dimmed">
          Sau khi đổi, các phiên đăng nhập khác của bạn sẽ kết thúc.
        </Text>
        <Button type="submit" loading={isSubmitting} w="fit-content">
          Đổi mật khẩu
        </Button>
      </Stack>
    </form>
  );
}
