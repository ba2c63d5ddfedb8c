import { zodResolver } from '@hookform/resolvers/zod';
import {
  type CreateIndicatorInput,
  createIndicatorInputSchema,
  defaultBasisKinds,
  figureBasisLabels,
  indicatorAggregationLabels,
  indicatorAggregations,
  type RenameIndicatorInput,
  renameIndicatorInputSchema,
  type UpdateIndicatorInput,
  updateIndicatorInputSchema,
} from '@khcn/domain';
import { Alert, Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import {
  type Control,
  Controller,
  type FieldErrors,
  type FieldValues,
  type Path,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import type { RouterOutputs } from '../../app/api-types.ts';
import { DateField } from '../../shared/date.input.tsx';

export type StoredIndicator = RouterOutputs['indicators']['list'][number];

const aggregationOptions = indicatorAggregations.map((a) => ({
  value: a,
  label: indicatorAggregationLabels[a],
}));
const basisOptions = defaultBasisKinds.map((b) => ({ value: b, label: figureBasisLabels[b] }));

type FormShell = {
  onCancel: () => void;
  errorMessage?: string | null;
  isSubmitting?: boolean;
};

function Actions({ onCancel, isSubmitting, submitLabel }: FormShell & { submitLabel: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Hủy
      </Button>
      <Button type="submit" loading={isSubmitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}

const ErrorAlert = ({ message }: { message?: string | null | undefined }) =>
  message ? (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  ) : null;

type DefinitionFields = Pick<
  CreateIndicatorInput,
  'unit' | 'group' | 'division' | 'aggregation' | 'defaultBasis'
>;

/** Unit, group, division, aggregation and default basis: shared by the create and edit forms. */
function DefinitionInputs<T extends FieldValues & DefinitionFields>({
  control,
  errors,
  divisions,
}: {
  control: Control<T>;
  errors: FieldErrors<DefinitionFields>;
  divisions: Array<{ value: string; label: string }>;
}) {
  const name = (key: keyof DefinitionFields) => key as Path<T>;
  return (
    <>
      <Controller
        control={control}
        name={name('unit')}
        render={({ field }) => (
          <TextInput
            label="Đơn vị tính"
            withAsterisk
            placeholder="VD: hồ sơ, mẫu, cuộc"
            error={errors.unit?.message}
            {...field}
          />
        )}
      />
      <Controller
        control={control}
        name={name('group')}
        render={({ field }) => (
          <TextInput
            label="Nhóm chỉ tiêu"
            withAsterisk
            placeholder="VD: Tiêu chuẩn đo lường chất lượng"
            error={errors.group?.message}
            {...field}
          />
        )}
      />
      <Controller
        control={control}
        name={name('division')}
        render={({ field }) => (
          <Select
            label="Phòng theo dõi"
            description="Trưởng phòng này được sửa chỉ tiêu; để trống: chỉ quản trị"
            data={divisions}
            clearable
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? null)}
            error={errors.division?.message}
          />
        )}
      />
      <Controller
        control={control}
        name={name('aggregation')}
        render={({ field }) => (
          <Select
            label="Cách cộng gộp theo thời gian"
            description="Số đếm trong tháng thì cộng dồn; số hiện có tại một thời điểm (cơ sở, thiết bị) thì không cộng, lấy số mới nhất; tỷ lệ thì không cộng gộp."
            withAsterisk
            data={aggregationOptions}
            allowDeselect={false}
            value={field.value}
            onChange={(v) => v && field.onChange(v)}
            error={errors.aggregation?.message}
          />
        )}
      />
      <Controller
        control={control}
        name={name('defaultBasis')}
        render={({ field }) => (
          <Select
            label="Kỳ mặc định của số liệu"
            description="Kỳ được chọn sẵn khi thêm số liệu của chỉ tiêu vào báo cáo"
            withAsterisk
            data={basisOptions}
            allowDeselect={false}
            value={field.value}
            onChange={(v) => v && field.onChange(v)}
            error={errors.defaultBasis?.message}
          />
        )}
      />
    </>
  );
}

export function CreateIndicatorForm({
  onSubmit,
  divisions,
  defaultDivision,
  ...shell
}: FormShell & {
  onSubmit: (values: CreateIndicatorInput) => Promise<void> | void;
  divisions: Array<{ value: string; label: string }>;
  defaultDivision: string | null;
}) {
  const form = useForm<z.input<typeof createIndicatorInputSchema>, unknown, CreateIndicatorInput>({
    resolver: zodResolver(createIndicatorInputSchema),
    defaultValues: {
      name: '',
      unit: '',
      group: '',
      division: defaultDivision,
      aggregation: 'sum',
      defaultBasis: 'month',
    },
  });
  const { errors } = form.formState;
  return (
    <form noValidate aria-label="Thêm chỉ tiêu" onSubmit={form.handleSubmit((v) => onSubmit(v))}>
      <Stack gap="sm">
        <ErrorAlert message={shell.errorMessage} />
        <TextInput
          label="Tên chỉ tiêu"
          withAsterisk
          placeholder="VD: Mẫu sản phẩm được thử nghiệm"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <DefinitionInputs control={form.control} errors={errors} divisions={divisions} />
        <Actions {...shell} submitLabel="Thêm chỉ tiêu" />
      </Stack>
    </form>
  );
}

export function EditIndicatorForm({
  indicator,
  catalogue,
  onSubmit,
  divisions,
  ...shell
}: FormShell & {
  indicator: StoredIndicator;
  catalogue: StoredIndicator[];
  onSubmit: (values: UpdateIndicatorInput) => Promise<void> | void;
  divisions: Array<{ value: string; label: string }>;
}) {
  const form = useForm<z.input<typeof updateIndicatorInputSchema>, unknown, UpdateIndicatorInput>({
    resolver: zodResolver(updateIndicatorInputSchema),
    defaultValues: {
      code: indicator.code,
      version: indicator.version,
      unit: indicator.unit,
      group: indicator.group,
      division: indicator.division,
      aggregation: indicator.aggregation,
      defaultBasis: indicator.defaultBasis,
      sumOf: indicator.sumOf,
      atMost: indicator.atMost,
    },
  });
  const { errors } = form.formState;
  const others = catalogue
    .filter((i) => i.code !== indicator.code)
    .map((i) => ({ value: i.code, label: i.names[i.names.length - 1]!.name }));
  return (
    <form noValidate aria-label="Sửa chỉ tiêu" onSubmit={form.handleSubmit((v) => onSubmit(v))}>
      <Stack gap="sm">
        <ErrorAlert message={shell.errorMessage} />
        <DefinitionInputs control={form.control} errors={errors} divisions={divisions} />
        <Controller
          control={form.control}
          name="sumOf"
          render={({ field }) => (
            <MultiSelect
              label="Bằng tổng các chỉ tiêu"
              description="Đối chiếu khi duyệt: số của chỉ tiêu này phải bằng tổng các số này trong cùng báo cáo"
              data={others}
              searchable
              value={field.value ?? []}
              onChange={field.onChange}
              error={errors.sumOf?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="atMost"
          render={({ field }) => (
            <Select
              label="Không lớn hơn chỉ tiêu"
              data={others}
              searchable
              clearable
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? null)}
              error={errors.atMost?.message}
            />
          )}
        />
        <Actions {...shell} submitLabel="Lưu thay đổi" />
      </Stack>
    </form>
  );
}

export function RenameIndicatorForm({
  indicator,
  onSubmit,
  defaultFrom,
  ...shell
}: FormShell & {
  indicator: StoredIndicator;
  onSubmit: (values: RenameIndicatorInput) => Promise<void> | void;
  defaultFrom: string;
}) {
  const form = useForm<z.input<typeof renameIndicatorInputSchema>, unknown, RenameIndicatorInput>({
    resolver: zodResolver(renameIndicatorInputSchema),
    defaultValues: { code: indicator.code, version: indicator.version, name: '', from: defaultFrom },
  });
  const { errors } = form.formState;
  return (
    <form noValidate aria-label="Đổi tên chỉ tiêu" onSubmit={form.handleSubmit((v) => onSubmit(v))}>
      <Stack gap="sm">
        <ErrorAlert message={shell.errorMessage} />
        <TextInput label="Tên mới" withAsterisk error={errors.name?.message} {...form.register('name')} />
        <Controller
          control={form.control}
          name="from"
          render={({ field }) => (
            <DateField
              kind="month"
              label="Dùng tên mới từ tháng"
              description="Báo cáo của các tháng trước giữ tên cũ (kể cả trên cổng thông tin)"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.from?.message}
            />
          )}
        />
        <Actions {...shell} submitLabel="Đổi tên" />
      </Stack>
    </form>
  );
}
