import {
  type CreateUserInput,
  createUserInputSchema,
  type Role,
  roleLabels,
  roles,
  type UpdateUserInput,
  updateUserInputSchema,
} from '@khcn/domain';
import { PasswordInput, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { trpc } from '../../app/trpc.ts';
import { CheckboxField, MultiSelectField } from '../../shared/form/controlled-fields.tsx';
import { type DialogFormProps, dialogShell, FormShell } from '../../shared/form/form-shell.tsx';
import { useZodForm } from '../../shared/form/use-zod-form.ts';

const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));

/** A random temporary password the admin passes on; the user must change it at first sign-in. */
export function generateTemporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function CreateUserForm(props: DialogFormProps<CreateUserInput>) {
  const form = useZodForm(createUserInputSchema, {
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
    <FormShell {...dialogShell(form, props, 'Thêm người dùng', 'Tạo tài khoản')}>
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
      <RolesAndDivisions control={form.control} />
      <PasswordInput
        label="Mật khẩu tạm thời"
        description="Người dùng phải đổi mật khẩu này ở lần đăng nhập đầu tiên."
        withAsterisk
        autoComplete="new-password"
        error={errors.temporaryPassword?.message}
        {...form.register('temporaryPassword')}
      />
    </FormShell>
  );
}

type EditableUser = {
  id: string;
  displayName: string;
  roles: Role[];
  divisions: string[];
  isDisabled: boolean;
};

export function EditUserForm({ user, ...props }: { user: EditableUser } & DialogFormProps<UpdateUserInput>) {
  const form = useZodForm(updateUserInputSchema, {
    defaultValues: {
      id: user.id,
      displayName: user.displayName,
      roles: user.roles,
      divisions: user.divisions,
      isDisabled: user.isDisabled,
    },
  });
  return (
    <FormShell {...dialogShell(form, props, 'Sửa người dùng', 'Lưu thay đổi')}>
      <TextInput
        label="Họ tên"
        withAsterisk
        error={form.formState.errors.displayName?.message}
        {...form.register('displayName')}
      />
      <RolesAndDivisions control={form.control} />
      <CheckboxField control={form.control} name="isDisabled" label="Khóa tài khoản (không cho đăng nhập)" />
    </FormShell>
  );
}

/** Roles and divisions: the same two menus when creating and editing an account. */
function RolesAndDivisions<T extends FieldValues & { roles?: Role[]; divisions?: string[] }>({
  control,
}: {
  control: Control<T>;
}) {
  const divisions = useQuery(trpc.settings.divisions.queryOptions());
  const divisionOptions = (divisions.data ?? []).map((d) => ({
    value: d.code,
    label: `${d.code} – ${d.name}`,
  }));
  return (
    <>
      <MultiSelectField
        control={control}
        name={'roles' as Path<T>}
        label="Vai trò"
        withAsterisk
        data={roleOptions}
      />
      <MultiSelectField
        control={control}
        name={'divisions' as Path<T>}
        label="Phòng phụ trách"
        description="Chuyên viên và trưởng phòng chỉ sửa các mục của phòng mình."
        data={divisionOptions}
        searchable
      />
    </>
  );
}
