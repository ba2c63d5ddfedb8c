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
import { TextInput } from '@mantine/core';
import type { Control, FieldValues, Path } from 'react-hook-form';
import type { RouterOutputs } from '../../app/api-types.ts';
import {
  DateInputField,
  MultiSelectField,
  SelectField,
  TextField,
} from '../../shared/form/controlled-fields.tsx';
import { type DialogFormProps, dialogShell, FormShell } from '../../shared/form/form-shell.tsx';
import { useZodForm } from '../../shared/form/use-zod-form.ts';

export type StoredIndicator = RouterOutputs['indicators']['list'][number];

const aggregationOptions = indicatorAggregations.map((a) => ({
  value: a,
  label: indicatorAggregationLabels[a],
}));
const basisOptions = defaultBasisKinds.map((b) => ({ value: b, label: figureBasisLabels[b] }));

type DefinitionFields = Pick<
  CreateIndicatorInput,
  'unit' | 'group' | 'division' | 'aggregation' | 'defaultBasis'
>;

/** Unit, group, division, aggregation and default basis: shared by the create and edit forms. */
function DefinitionInputs<T extends FieldValues & DefinitionFields>({
  control,
  divisions,
}: {
  control: Control<T>;
  divisions: Array<{ value: string; label: string }>;
}) {
  const name = (key: keyof DefinitionFields) => key as Path<T>;
  return (
    <>
      <TextField
        control={control}
        name={name('unit')}
        label="Đơn vị tính"
        withAsterisk
        placeholder="VD: hồ sơ, mẫu, cuộc"
      />
      <TextField
        control={control}
        name={name('group')}
        label="Nhóm chỉ tiêu"
        withAsterisk
        placeholder="VD: Tiêu chuẩn đo lường chất lượng"
      />
      <SelectField
        control={control}
        name={name('division')}
        label="Phòng theo dõi"
        description="Trưởng phòng này được sửa chỉ tiêu; để trống: chỉ quản trị"
        data={divisions}
        clearable
      />
      <SelectField
        control={control}
        name={name('aggregation')}
        label="Cách cộng gộp theo thời gian"
        description="Số đếm trong tháng thì cộng dồn; số hiện có tại một thời điểm (cơ sở, thiết bị) thì không cộng, lấy số mới nhất; tỷ lệ thì không cộng gộp."
        withAsterisk
        data={aggregationOptions}
        allowDeselect={false}
      />
      <SelectField
        control={control}
        name={name('defaultBasis')}
        label="Kỳ mặc định của số liệu"
        description="Kỳ được chọn sẵn khi thêm số liệu của chỉ tiêu vào báo cáo"
        withAsterisk
        data={basisOptions}
        allowDeselect={false}
      />
    </>
  );
}

export function CreateIndicatorForm({
  divisions,
  defaultDivision,
  ...props
}: DialogFormProps<CreateIndicatorInput> & {
  divisions: Array<{ value: string; label: string }>;
  defaultDivision: string | null;
}) {
  const form = useZodForm(createIndicatorInputSchema, {
    defaultValues: {
      name: '',
      unit: '',
      group: '',
      division: defaultDivision,
      aggregation: 'sum',
      defaultBasis: 'month',
    },
  });
  return (
    <FormShell {...dialogShell(form, props, 'Thêm chỉ tiêu', 'Thêm chỉ tiêu')}>
      <TextInput
        label="Tên chỉ tiêu"
        withAsterisk
        placeholder="VD: Mẫu sản phẩm được thử nghiệm"
        error={form.formState.errors.name?.message}
        {...form.register('name')}
      />
      <DefinitionInputs control={form.control} divisions={divisions} />
    </FormShell>
  );
}

export function EditIndicatorForm({
  indicator,
  catalogue,
  divisions,
  ...props
}: DialogFormProps<UpdateIndicatorInput> & {
  indicator: StoredIndicator;
  catalogue: StoredIndicator[];
  divisions: Array<{ value: string; label: string }>;
}) {
  const form = useZodForm(updateIndicatorInputSchema, {
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
  const others = catalogue
    .filter((i) => i.code !== indicator.code)
    .map((i) => ({ value: i.code, label: i.names[i.names.length - 1]!.name }));
  return (
    <FormShell {...dialogShell(form, props, 'Sửa chỉ tiêu', 'Lưu thay đổi')}>
      <DefinitionInputs control={form.control} divisions={divisions} />
      <MultiSelectField
        control={form.control}
        name="sumOf"
        label="Bằng tổng các chỉ tiêu"
        description="Đối chiếu khi duyệt: số của chỉ tiêu này phải bằng tổng các số này trong cùng báo cáo"
        data={others}
        searchable
      />
      <SelectField
        control={form.control}
        name="atMost"
        label="Không lớn hơn chỉ tiêu"
        data={others}
        searchable
        clearable
      />
    </FormShell>
  );
}

export function RenameIndicatorForm({
  indicator,
  defaultFrom,
  ...props
}: DialogFormProps<RenameIndicatorInput> & {
  indicator: StoredIndicator;
  defaultFrom: string;
}) {
  const form = useZodForm(renameIndicatorInputSchema, {
    defaultValues: { code: indicator.code, version: indicator.version, name: '', from: defaultFrom },
  });
  return (
    <FormShell {...dialogShell(form, props, 'Đổi tên chỉ tiêu', 'Đổi tên')}>
      <TextInput
        label="Tên mới"
        withAsterisk
        error={form.formState.errors.name?.message}
        {...form.register('name')}
      />
      <DateInputField
        control={form.control}
        name="from"
        kind="month"
        label="Dùng tên mới từ tháng"
        description="Báo cáo của các tháng trước giữ tên cũ (kể cả trên cổng thông tin)"
      />
    </FormShell>
  );
}
