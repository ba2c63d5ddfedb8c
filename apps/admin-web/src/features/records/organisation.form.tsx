import { type Organisation, organisationKinds, organisationSchema, slugify } from '@khcn/domain';
import { ActionIcon, Button, Grid, Text, TextInput, Tooltip } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { DateInputField, SelectField } from '../../shared/form/controlled-fields.tsx';
import { type DialogFormProps, dialogShell, FormShell } from '../../shared/form/form-shell.tsx';
import { errorAt, useZodForm } from '../../shared/form/use-zod-form.ts';
import { stripEmptyFields } from './strip-empty.ts';

/** An organisation with its names over time (mergers and renames keep the old names for old reports). */
export function OrganisationForm({
  initial,
  ...props
}: { initial?: Organisation } & DialogFormProps<Organisation>) {
  const form = useZodForm(organisationSchema, {
    defaultValues: initial ?? { id: '', kind: 'enterprise', names: [{ name: '', validFrom: '' }] },
    prepare: (values) => {
      const cleaned = stripEmptyFields(values);
      const [first] = Array.isArray(cleaned.names) ? cleaned.names : [];
      const name = typeof first?.name === 'string' ? first.name : '';
      if (!cleaned.id) cleaned.id = `org-${slugify(name, 50) || 'moi'}`;
      return cleaned;
    },
  });
  const names = useFieldArray({ control: form.control, name: 'names' });
  const err = (p: string) => errorAt(form.formState.errors, p);
  return (
    <FormShell {...dialogShell(form, props, 'Tổ chức', 'Lưu')}>
      <SelectField
        control={form.control}
        name="kind"
        label="Loại tổ chức"
        withAsterisk
        data={Object.entries(organisationKinds).map(([value, label]) => ({ value, label }))}
        allowDeselect={false}
      />
      <Text fw={600} size="sm">
        Tên theo thời kỳ
      </Text>
      {names.fields.map((f, i) => (
        <Grid key={f.id} gap="xs" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={`Tên ${i + 1}`}
              withAsterisk
              error={err(`names.${i}.name`)}
              {...form.register(`names.${i}.name`)}
            />
          </Grid.Col>
          {(['validFrom', 'validTo'] as const).map((key) => (
            <Grid.Col key={key} span={{ base: 5, sm: 2.5 }}>
              <DateInputField
                control={form.control}
                name={`names.${i}.${key}`}
                label={`${key === 'validFrom' ? 'Hiệu lực từ' : 'Hiệu lực đến'} (tên ${i + 1})`}
                withAsterisk={key === 'validFrom'}
              />
            </Grid.Col>
          ))}
          <Grid.Col span={{ base: 2, sm: 1 }}>
            <Tooltip label="Xóa tên">
              <ActionIcon
                variant="default"
                aria-label={`Xóa tên ${i + 1}`}
                onClick={() => names.remove(i)}
                disabled={names.fields.length === 1}
                mb={4}
              >
                ✕
              </ActionIcon>
            </Tooltip>
          </Grid.Col>
        </Grid>
      ))}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        onClick={() => names.append({ name: '', validFrom: '' })}
      >
        Thêm tên (đổi tên, sáp nhập)
      </Button>
    </FormShell>
  );
}
