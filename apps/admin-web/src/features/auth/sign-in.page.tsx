import { Alert, Box, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { submitState } from '../../app/api-error.ts';
import { trpc } from '../../app/trpc.ts';
import { SignInForm, type SignInValues } from './sign-in.form.tsx';

const route = getRouteApi('/sign-in');

/** Only paths inside this app are followed after sign-in (no open redirect). */
function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/sign-in')) return '/';
  return target;
}

export function SignInPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signIn = useMutation({
    ...trpc.auth.signIn.mutationOptions(),
    meta: { allowUnauthenticated: true },
  });

  const handleSubmit = async (values: SignInValues) => {
    await signIn.mutateAsync(values).then(
      async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        await navigate({ href: safeRedirect(search.redirect), replace: true });
      },
      () => undefined,
    );
  };

  return (
    <Box
      component="main"
      id="main"
      mih="100vh"
      p="md"
      bg="gray.1"
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
    >
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Text size="sm" fw={600} c="blue.9" tt="uppercase">
          Sở Khoa học và Công nghệ
        </Text>
        <Title order={1} size="h2" mt={4} mb="lg">
          Đăng nhập hệ thống quản trị
        </Title>
        {search.expired ? (
          <Alert color="yellow" variant="light" mb="md" title="Phiên đăng nhập đã hết hạn">
            Vui lòng đăng nhập lại để tiếp tục. Nội dung đang soạn chưa lưu vẫn được giữ trên máy này và sẽ
            được khôi phục.
          </Alert>
        ) : null}
        <SignInForm onSubmit={handleSubmit} {...submitState(signIn)} />
      </Paper>
    </Box>
  );
}
