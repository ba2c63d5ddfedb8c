import { RowActions } from '../../shared/row-actions.tsx';
import { QueryTable } from '../../shared/query-table.tsx';
import { type CreateUserInput, roleLabels, type UpdateUserInput } from '@khcn/domain';
import { Alert, Badge, Button, Code, Modal, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { describeApiError, submitState } from '../../app/api-error.ts';
import type { RouterOutputs } from '../../app/api-types.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { CreateUserForm, EditUserForm, generateTemporaryPassword } from './user.form.tsx';

type User = RouterOutputs['users']['list'][number];
const column = createColumnHelper<User>();

export function UsersPage() {
  const canManage = useCan('user.manage');
  const queryClient = useQueryClient();
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: canManage });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [issuedPassword, setIssuedPassword] = useState<{ username: string; password: string } | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });

  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess: invalidate }));
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: invalidate }));
  const reset = useMutation(trpc.users.resetPassword.mutationOptions({ onSuccess: invalidate }));

  const columns = useMemo(
    () => [
      column.accessor('displayName', { header: 'Họ tên' }),
      column.accessor('username', { header: 'Tên đăng nhập' }),
      column.accessor('roles', {
        header: 'Vai trò',
        enableSorting: false,
        cell: (c) =>
          c
            .getValue()
            .map((r) => roleLabels[r])
            .join(', '),
      }),
      column.accessor('divisions', {
        header: 'Phòng',
        enableSorting: false,
        cell: (c) => c.getValue().join(', ') || '—',
      }),
      column.display({
        id: 'state',
        header: 'Trạng thái',
        cell: (c) =>
          c.row.original.isDisabled ? (
            <Badge color="red" variant="light">
              Đã khóa
            </Badge>
          ) : c.row.original.mustChangePassword ? (
            <Badge color="yellow" variant="light">
              Chờ đổi mật khẩu
            </Badge>
          ) : (
            <Badge color="green" variant="light">
              Hoạt động
            </Badge>
          ),
      }),
      column.display({
        id: 'actions',
        header: 'Thao tác',
        cell: (c) => (
          <RowActions
            actions={[
              {
                text: 'Sửa',
                label: `Sửa ${c.row.original.displayName}`,
                onClick: () => setEditing(c.row.original),
              },
              {
                text: 'Đặt lại mật khẩu',
                label: `Đặt lại mật khẩu cho ${c.row.original.displayName}`,
                onClick: () => confirmReset(c.row.original),
              },
            ]}
          />
        ),
      }),
    ],
    [],
  );

  function confirmReset(user: User) {
    const temporaryPassword = generateTemporaryPassword();
    modals.openConfirmModal({
      title: `Đặt lại mật khẩu cho ${user.displayName}?`,
      children: (
        <Text size="sm">
          Hệ thống sẽ tạo mật khẩu tạm thời mới và kết thúc mọi phiên đăng nhập của tài khoản này. Người dùng
          phải đổi mật khẩu ở lần đăng nhập tiếp theo.
        </Text>
      ),
      labels: { confirm: 'Đặt lại mật khẩu', cancel: 'Hủy' },
      onConfirm: () =>
        reset.mutate(
          { id: user.id, temporaryPassword },
          {
            onSuccess: () => setIssuedPassword({ username: user.username, password: temporaryPassword }),
            onError: (e) => notifications.show({ color: 'red', message: describeApiError(e) }),
          },
        ),
    });
  }

  if (!canManage) {
    return (
      <Alert color="yellow" title="Không có quyền">
        Chỉ quản trị hệ thống được quản lý người dùng.
      </Alert>
    );
  }

  const submitCreate = async (values: CreateUserInput) => {
    await create.mutateAsync(values).then(
      () => {
        setCreating(false);
        setIssuedPassword({ username: values.username, password: values.temporaryPassword });
      },
      () => undefined,
    );
  };
  const submitEdit = async (values: UpdateUserInput) => {
    await update.mutateAsync(values).then(
      () => {
        setEditing(null);
        notifications.show({ color: 'green', message: 'Đã lưu thay đổi tài khoản.' });
      },
      () => undefined,
    );
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Người dùng và vai trò"
        description="Chuyên viên soạn mục của phòng mình; trưởng phòng xem xét; lãnh đạo Sở phê duyệt; văn thư cấp số; quản trị quản lý tài khoản."
        actions={
          <Button
            onClick={() => {
              create.reset();
              setCreating(true);
            }}
          >
            Thêm người dùng
          </Button>
        }
      />
      {issuedPassword ? (
        <Alert
          color="blue"
          variant="light"
          title="Mật khẩu tạm thời"
          withCloseButton
          onClose={() => setIssuedPassword(null)}
        >
          Gửi cho người dùng <b>{issuedPassword.username}</b> mật khẩu tạm thời:{' '}
          <Code>{issuedPassword.password}</Code>. Mật khẩu này chỉ hiển thị một lần.
        </Alert>
      ) : null}
      <QueryTable
        query={users}
        caption="Danh sách người dùng"
        columns={columns}
        getRowId={(u) => u.id}
        sortable
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title="Thêm người dùng" size="lg">
        <CreateUserForm
          onSubmit={submitCreate}
          onCancel={() => setCreating(false)}
          {...submitState(create)}
        />
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title="Sửa người dùng" size="lg">
        {editing ? (
          <EditUserForm
            user={editing}
            onSubmit={submitEdit}
            onCancel={() => setEditing(null)}
            {...submitState(update)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
