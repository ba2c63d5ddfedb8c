import type { ChangePasswordInput } from '@khcn/domain';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { describeApiError, fieldErrorsOf } from '../../app/api-error.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { ChangePasswordForm, type ChangePasswordValues } from './change-password.form.tsx';

export function ChangePasswordPage() {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const serverFieldErrors = Object.fromEntries(
    fieldErrorsOf(change.error).map((e) => [e.path, e.message]),
  ) as Partial<Record<keyof ChangePasswordValues, string>>;

  const handleSubmit = async (values: ChangePasswordInput) => {
    await change.mutateAsync(values).then(
      async () => {
        notifications.show({ color: 'green', message: 'Đã đổi mật khẩu.' });
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        await navigate({ to: '/' });
      },
      () => undefined,
    );
  };

  return (
    <Stack gap="md">
      <Title order={1}>Đổi mật khẩu</Title>
      {me.mustChangePassword ? (
        <Alert color="yellow" variant="light" title="Cần đổi mật khẩu">
          Tài khoản của bạn đang dùng mật khẩu tạm thời. Hãy đặt mật khẩu mới trước khi tiếp tục.
        </Alert>
      ) : null}
      <ChangePasswordForm
        onSubmit={handleSubmit}
        isSubmitting={change.isPending}
        serverFieldErrors={serverFieldErrors}
        errorMessage={
          change.error && Object.keys(serverFieldErrors).length === 0 ? describeApiError(change.error) : null
        }
      />
    </Stack>
  );
}
