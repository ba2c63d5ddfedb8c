import {
  type FieldError,
  anyRecordKind,
  periodOfDate,
  type RecordKind,
  slugify,
  todayInVietnam,
} from '@khcn/domain';
import { TextInput } from '@mantine/core';
import { FormShell } from '../../shared/form/form-shell.tsx';
import { errorAt, useZodForm } from '../../shared/form/use-zod-form.ts';
import { RecordFieldGroups } from './record-fields.tsx';
import { stripEmptyFields } from './strip-empty.ts';

type RecordFormProps = {
  kind: RecordKind;
  /** The record being edited; absent when creating. */
  initial?: Record<string, unknown>;
  /** Receives the record's document, validated by its kind's schema. */
  onSubmit: (data: Record<string, unknown>) => Promise<void> | void;
  onCancel?: () => void;
  errorMessage?: string | null;
  /** The API's field errors, paths relative to the record's data ("title", "contact.email"). */
  serverFieldErrors?: FieldError[];
  isSubmitting?: boolean;
  readOnly?: boolean;
};

/** A new record's id from its title: readable, unique enough, within the 64 characters ids allow. */
export function newRecordId(kind: RecordKind, title: string): string {
  const suffix = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  return `${kind}-${slugify(title, 40) || 'moi'}-${suffix}`.slice(0, 64);
}

/**
 * Create or edit a record of one kind: its fields and their groups come from the kind's registry entry, and the
 * kind's schema from @khcn/domain validates them, as the API does.
 */
export function RecordForm({
  kind,
  initial,
  onSubmit,
  onCancel,
  errorMessage,
  serverFieldErrors,
  isSubmitting,
  readOnly = false,
}: RecordFormProps) {
  const definition = anyRecordKind(kind);
  const today = todayInVietnam(new Date());
  const isNew = !initial;
  const form = useZodForm(definition.schema, {
    defaultValues: initial ?? { id: '', ...definition.admin.form.defaults(today) },
    serverErrors: serverFieldErrors,
    prepare: (values) => {
      const cleaned = stripEmptyFields(values);
      // A new record without an id gets one from its name (the API needs it, the user need not type it).
      if (isNew && !cleaned.id) cleaned.id = newRecordId(kind, String(definition.title(cleaned) ?? ''));
      return cleaned;
    },
  });
  return (
    <FormShell
      label={isNew ? 'Thêm hồ sơ' : 'Sửa hồ sơ'}
      onSubmit={form.handleSubmit((data) => onSubmit(data))}
      error={errorMessage}
      errorTitle="Chưa lưu được"
      submitLabel={readOnly ? undefined : isNew ? 'Tạo hồ sơ' : 'Lưu thay đổi'}
      onCancel={readOnly ? undefined : onCancel}
      isSubmitting={isSubmitting}
      gap="md"
    >
      <TextInput
        label="Mã định danh"
        description={isNew ? 'Để trống để hệ thống tự tạo từ tên.' : 'Không đổi được sau khi tạo.'}
        readOnly={!isNew || readOnly}
        error={errorAt(form.formState.errors, 'id')}
        maw={420}
        {...form.register('id')}
      />
      <RecordFieldGroups
        groups={definition.admin.form.groups}
        control={form.control}
        errors={form.formState.errors}
        readOnly={readOnly}
        defaultPeriod={periodOfDate(today)}
      />
    </FormShell>
  );
}
