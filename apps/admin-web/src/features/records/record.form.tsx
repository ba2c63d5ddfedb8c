import { zodResolver } from '@hookform/resolvers/zod';
import { type RecordKind, slugify, todayInVietnam } from '@khcn/domain';
import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect } from 'react';
import { Controller, get, type Resolver, useForm } from 'react-hook-form';
import { DateField } from '../../shared/date.input.tsx';
import { NumberField } from '../../shared/number.input.tsx';
import { LegalRefsEditor } from '../reports/editor/legal-refs.editor.tsx';
import { type FieldSpec, recordKindConfigs } from './record-fields.config.ts';
import { stripEmpty } from './strip-empty.ts';
import { TaskEventsEditor } from './task-events.editor.tsx';

type Values = Record<string, unknown>;

type RecordFormProps = {
  kind: RecordKind;
  /** The record being edited; absent when creating. */
  initial?: Values;
  onSubmit: (data: Values) => Promise<void> | void;
  onCancel?: () => void;
  errorMessage?: string | null;
  /** The API's field errors, paths relative to the record's data ("title", "contact.email"). */
  serverFieldErrors?: Array<{ path: string; message: string }>;
  isSubmitting?: boolean;
  readOnly?: boolean;
};

const noNotes = () => ({ errors: [], warnings: [] });
const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

/** A new record's id from its title: readable, unique enough, within the 64 characters ids allow. */
export function newRecordId(kind: RecordKind, title: string): string {
  const suffix = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  return `${kind}-${slugify(title, 40) || 'moi'}-${suffix}`.slice(0, 64);
}

function FieldInput({
  spec,
  control,
  errors,
  readOnly,
  defaultPeriod,
}: {
  spec: FieldSpec;
  control: any;
  errors: any;
  readOnly: boolean;
  defaultPeriod: string;
}) {
  const error = (get(errors, spec.name) as { message?: string } | undefined)?.message as unknown as
    | string
    | undefined;
  const common = {
    label: spec.label,
    readOnly,
    error,
    description: 'description' in spec ? spec.description : undefined,
  };
  const required = 'required' in spec && spec.required;
  if (spec.type === 'taskEvents') {
    return (
      <TaskEventsEditor control={control} errors={errors} readOnly={readOnly} defaultPeriod={defaultPeriod} />
    );
  }
  return (
    <Controller
      control={control}
      name={spec.name}
      render={({ field }) => {
        switch (spec.type) {
          case 'text':
            return (
              <TextInput
                {...common}
                withAsterisk={required}
                value={(field.value as string) ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value)}
                onBlur={field.onBlur}
              />
            );
          case 'textarea':
            return (
              <Textarea
                {...common}
                withAsterisk={required}
                autosize
                minRows={2}
                maxRows={10}
                value={(field.value as string) ?? ''}
                onChange={(e) => field.onChange(e.currentTarget.value)}
                onBlur={field.onBlur}
              />
            );
          case 'number':
            return (
              <NumberField
                {...common}
                withAsterisk={required}
                noGrouping={spec.noGrouping}
                value={typeof field.value === 'number' ? field.value : undefined}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            );
          case 'date':
            return (
              <DateField
                {...common}
                description={common.description}
                withAsterisk={required}
                value={(field.value as string) || ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                openOn={defaultPeriod}
              />
            );
          case 'period':
            return (
              <DateField
                {...common}
                description={common.description}
                kind="month"
                withAsterisk={required}
                value={(field.value as string) || ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                openOn={defaultPeriod}
              />
            );
          case 'select':
            return (
              <Select
                {...common}
                withAsterisk={required}
                data={options(spec.options)}
                clearable={!required}
                value={(field.value as string) || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
              />
            );
          case 'boolean':
            return (
              <Checkbox
                label={spec.label}
                description={common.description}
                checked={Boolean(field.value)}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                disabled={readOnly}
              />
            );
          case 'lines':
            return (
              <Textarea
                {...common}
                autosize
                minRows={3}
                value={((field.value as string[]) ?? []).join('\n')}
                onChange={(e) => field.onChange(e.currentTarget.value.split('\n'))}
              />
            );
          case 'legalRefs':
            return (
              <Stack gap={4}>
                <Title order={4} size="sm">
                  {spec.label}
                </Title>
                <LegalRefsEditor
                  value={(field.value as never[]) ?? []}
                  onChange={field.onChange}
                  readOnly={readOnly}
                  notes={noNotes}
                />
              </Stack>
            );
        }
      }}
    />
  );
}

const wide = new Set(['textarea', 'lines', 'legalRefs', 'taskEvents']);

/** Create or edit a record of one kind; validated by that kind's schema from @khcn/domain (as the API does). */
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
  const config = recordKindConfigs[kind];
  const today = todayInVietnam(new Date());
  const schemaResolver = zodResolver(config.schema as never) as unknown as Resolver<Values>;
  const isNew = !initial;
  const resolver: Resolver<Values> = (values, context, options) => {
    const cleaned = stripEmpty(values) as Values;
    // A new record without an id gets one from its name (the API needs it, the user need not type it).
    if (isNew && !cleaned.id) {
      cleaned.id = newRecordId(
        kind,
        String(cleaned.title ?? cleaned.projectName ?? cleaned.organisation ?? ''),
      );
    }
    return schemaResolver(cleaned, context, options);
  };
  const form = useForm<Values>({ resolver, defaultValues: initial ?? { id: '', ...config.defaults(today) } });
  useEffect(() => {
    for (const e of serverFieldErrors ?? []) form.setError(e.path, { type: 'server', message: e.message });
  }, [serverFieldErrors, form]);
  const submit = form.handleSubmit((data) => onSubmit(data));
  const idError = (get(form.formState.errors, 'id') as { message?: string } | undefined)
    ?.message as unknown as string | undefined;
  return (
    <form noValidate onSubmit={submit} aria-label={isNew ? 'Thêm hồ sơ' : 'Sửa hồ sơ'}>
      <Stack gap="md">
        {errorMessage ? (
          <Alert color="red" variant="light" role="alert" title="Chưa lưu được">
            {errorMessage}
          </Alert>
        ) : null}
        <TextInput
          label="Mã định danh"
          description={isNew ? 'Để trống để hệ thống tự tạo từ tên.' : 'Không đổi được sau khi tạo.'}
          readOnly={!isNew || readOnly}
          error={idError}
          maw={420}
          {...form.register('id')}
        />
        {config.groups.map((group) => (
          <Paper
            key={group.title}
            withBorder
            p="md"
            component="fieldset"
            style={{ border: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Title order={3} size="h5" mb="sm" component="legend" px={4}>
              {group.title}
            </Title>
            <Grid gap="sm">
              {group.fields.map((spec) => (
                <Grid.Col key={spec.name} span={wide.has(spec.type) ? 12 : { base: 12, sm: 6, lg: 4 }}>
                  <FieldInput
                    spec={spec}
                    control={form.control}
                    errors={form.formState.errors}
                    readOnly={readOnly}
                    defaultPeriod={today.slice(0, 7)}
                  />
                </Grid.Col>
              ))}
            </Grid>
          </Paper>
        ))}
        {readOnly ? null : (
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {isNew ? 'Tạo hồ sơ' : 'Lưu thay đổi'}
            </Button>
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                Hủy
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>
    </form>
  );
}
