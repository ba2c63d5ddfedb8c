import { DateField } from '../../shared/date.input.tsx';
import { zodResolver } from '@hookform/resolvers/zod';
import { type Organisation, organisationKinds, organisationSchema, slugify } from '@khcn/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { Controller, get, type Resolver, useFieldArray, useForm } from 'react-hook-form';
import { stripEmpty } from './strip-empty.ts';

type Values = Record<string, any>;

/** An organisation with its names over time (mergers and renames keep the old names for old reports). */
export function OrganisationForm({
  initial,
  onSubmit,
  onCancel,
  errorMessage,
  isSubmitting,
}: {
  initial?: Organisation;
  onSubmit: (o: Organisation) => Promise<void> | void;
  onCancel: () => void;
  errorMessage?: string | null;
  isSubmitting?: boolean;
}) {
  const schemaResolver = zodResolver(organisationSchema) as unknown as Resolver<Values>;
  const resolver: Resolver<Values> = (values, ctx, opts) => {
    const cleaned = stripEmpty(values) as Values;
    if (!cleaned.id) cleaned.id = `org-${slugify(String(cleaned.names?.[0]?.name ?? ''), 50) || 'moi'}`;
    return schemaResolver(cleaned, ctx, opts);
  };
  const form = useForm<Values>({
    resolver,
    defaultValues: initial ?? { id: '', kind: 'enterprise', names: [{ name: '', validFrom: '' }] },
  });
  const names = useFieldArray({ control: form.control, name: 'names' });
  const err = (p: string) =>
    (get(form.formState.errors, p) as { message?: string } | undefined)?.message as unknown as
      | string
      | undefined;
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => onSubmit(v as Organisation))} aria-label="Tổ chức">
      <Stack gap="sm">
        {errorMessage ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label="Loại tổ chức"
              withAsterisk
              data={Object.entries(organisationKinds).map(([value, label]) => ({ value, label }))}
              value={field.value}
              onChange={field.onChange}
              allowDeselect={false}
              error={err('kind')}
            />
          )}
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
                <Controller
                  control={form.control}
                  name={`names.${i}.${key}`}
                  render={({ field }) => (
                    <DateField
                      label={`${key === 'validFrom' ? 'Hiệu lực từ' : 'Hiệu lực đến'} (tên ${i + 1})`}
                      withAsterisk={key === 'validFrom'}
                      value={field.value || ''}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      error={err(`names.${i}.${key}`)}
                    />
                  )}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Hủy
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Lưu
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
