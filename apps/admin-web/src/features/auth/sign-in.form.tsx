import { type SignInInput, signInInputSchema } from '@khcn/domain';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { FormError } from '../../shared/form/form-error.tsx';
import { useZodForm } from '../../shared/form/use-zod-form.ts';

export type SignInValues = SignInInput;

type SignInFormProps = {
  onSubmit: (values: SignInValues) => Promise<void> | void;
  /** The API's message after a failed attempt ("Sai tên đăng nhập hoặc mật khẩu", lockout...). */
  errorMessage?: string | null;
  isSubmitting?: boolean;
};

export function SignInForm({ onSubmit, errorMessage, isSubmitting }: SignInFormProps) {
  const form = useZodForm(signInInputSchema, { defaultValues: { username: '', password: '' } });
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(values))} aria-label="Đăng nhập">
      <Stack gap="md">
        <FormError message={errorMessage} title="Không đăng nhập được" />
        <TextInput
          label="Tên đăng nhập"
          autoComplete="username"
          autoFocus
          withAsterisk
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label="Mật khẩu"
          autoComplete="current-password"
          withAsterisk
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          Đăng nhập
        </Button>
      </Stack>
    </form>
  );
}
