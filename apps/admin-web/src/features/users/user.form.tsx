import { zodResolver } from '@hookform/resolvers/zod';
import {
  type CreateUserInput,
  createUserInputSchema,
  type Role,
  roleLabels,
  roles,
  type UpdateUserInput,
  updateUserInputSchema,
} from '@khcn/domain';
import { Alert, Button, Checkbox, Group, MultiSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { trpc } from '../../app/trpc.ts';
import type { z } from 'zod';

const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));

/** A random temporary password the admin passes on; the user must change it at first sign-in. */
export function generateTemporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

type CreateUserFormProps = {
  onSubmit: (values: CreateUserInput) => Promise<void> | void;
  onCancel: () => void;
  errorMessage?: string | null;
  isSubmitting?: boolean;
};

export function CreateUserForm({ onSubmit, onCancel, errorMessage, isSubmitting }: CreateUserFormProps) {
  const form = useForm<z.input<typeof createUserInputSchema>, unknown, CreateUserInput>({
    resolver: zodResolver(createUserInputSchema),
    defaultValues: {
      username: '',
      displayName: '',
      roles: ['editor'],
      divisions: [],
      temporaryPassword: generateTemporaryPassword(),
    },
  });
  const { errors } = form.formState;
  return (
    <form noValidate aria-label="Thêm người dùng" onSubmit={form.handleSubmit((v) => onSubmit(v))}>
      <Stack gap="sm">
        {errorMessage ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <TextInput
          label="Tên đăng nhập"
          withAsterisk
          autoComplete="off"
          error={errors.username?.message}
          {...form.register('username')}
        />
        <TextInput
          label="Họ tên"
          withAsterisk
          error={errors.displayName?.message}
          {...form.register('displayName')}
        />
        <RolesAndDivisions
          control={form.control}
          errors={{ roles: errors.roles?.message, divisions: errors.divisions?.message }}
        />
        <PasswordInput
          label="Mật khẩu tạm thời"
          description="Người dùng phải đổi mật khẩu này ở lần đăng nhập đầu tiên."
          withAsterisk
          autoComplete="new-password"
          error={errors.temporaryPassword?.message}
          {...form.register('temporaryPassword')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Hủy
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Tạo tài khoản
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type EditableUser = {
  id: string;
  displayName: string;
  roles: Role[];
  divisions: string[];
  isDisabled: boolean;
};

type EditUserFormProps = {
  user: EditableUser;
  onSubmit: (values: UpdateUserInput) => Promise<void> | void;
  onCancel: () => void;
  errorMessage?: string | null;
  isSubmitting?: boolean;
};

export function EditUserForm({ user, onSubmit, onCancel, errorMessage, isSubmitting }: EditUserFormProps) {
  const form = useForm<z.input<typeof updateUserInputSchema>, unknown, UpdateUserInput>({
    resolver: zodResolver(updateUserInputSchema),
    defaultValues: {
      id: user.id,
      displayName: user.displayName,
      roles: user.roles,
      divisions: user.divisions,
      isDisabled: user.isDisabled,
    },
  });
  const { errors } = form.formState;
  return (
    <form noValidate aria-label="Sửa người dùng" onSubmit={form.handleSubmit((v) => onSubmit(v))}>
      <Stack gap="sm">
        {errorMessage ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <TextInput
          label="Họ tên"
          withAsterisk
          error={errors.displayName?.message}
          {...form.register('displayName')}
        />
        <RolesAndDivisions
          control={form.control}
          errors={{ roles: errors.roles?.message, divisions: errors.divisions?.message }}
        />
        <Controller
          control={form.control}
          name="isDisabled"
          render={({ field }) => (
            <Checkbox
              label="Khóa tài khoản (không cho đăng nhập)"
              checked={Boolean(field.value)}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Hủy
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Lưu thay đổi
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RolesAndDivisions({
  control,
  errors,
}: {
  control: any;
  errors: { roles?: string | undefined; divisions?: string | undefined };
}) {
  const divisions = useQuery(trpc.settings.divisions.queryOptions());
  const divisionOptions = (divisions.data ?? []).map((d) => ({
    value: d.code,
    label: `${d.code} – ${d.name}`,
  }));
  return (
    <>
      <Controller
        control={control}
        name="roles"
        render={({ field }) => (
          <MultiSelect
            label="Vai trò"
            withAsterisk
            data={roleOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.roles}
          />
        )}
      />
      <Controller
        control={control}
        name="divisions"
        render={({ field }) => (
          <MultiSelect
            label="Phòng phụ trách"
            description="Chuyên viên và trưởng phòng chỉ sửa các mục của phòng mình."
            data={divisionOptions}
            searchable
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.divisions}
          />
        )}
      />
    </>
  );
}
