import type { LegalReference, RecordFieldGroup, RecordFieldSpec } from '@khcn/domain';
import { Checkbox, Grid, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type Control, Controller, type FieldErrors, type FieldValues } from 'react-hook-form';
import { DateField } from '../../shared/date.input.tsx';
import { errorAt } from '../../shared/form/use-zod-form.ts';
import { NumberField } from '../../shared/number.input.tsx';
import { LegalRefsEditor } from '../reports/editor/legal-refs.editor.tsx';
import { TaskEventsEditor } from './task-events.editor.tsx';

type FieldsProps = {
  /** The record form's control: a record's document has a shape per kind. */
  control: Control<FieldValues>;
  errors: FieldErrors;
  readOnly: boolean;
  /** The month date pickers open on when the field is empty. */
  defaultPeriod: string;
};

const noNotes = () => ({ errors: [], warnings: [] });
const options = (o: Readonly<Record<string, string>>) =>
  Object.entries(o).map(([value, label]) => ({ value, label }));
const asText = (value: unknown) => (typeof value === 'string' ? value : '');
const asLines = (value: unknown) => (Array.isArray(value) ? value.filter((l) => typeof l === 'string') : []);
const asRefs = (value: unknown): LegalReference[] => (Array.isArray(value) ? value : []);

/** One field of a record form, edited as its registry spec says (packages/domain records/record-kinds.ts). */
function RecordField({
  spec,
  control,
  errors,
  readOnly,
  defaultPeriod,
}: FieldsProps & { spec: RecordFieldSpec }) {
  if (spec.type === 'taskEvents')
    return (
      <TaskEventsEditor control={control} errors={errors} readOnly={readOnly} defaultPeriod={defaultPeriod} />
    );
  const common = {
    label: spec.label,
    readOnly,
    error: errorAt(errors, spec.name),
    description: spec.description,
  };
  const required = 'required' in spec && spec.required === true;
  return (
    <Controller
      control={control}
      name={spec.name}
      render={({ field }) => {
        /** A text field's value, edits and required mark. */
        const text = {
          ...common,
          withAsterisk: required,
          value: asText(field.value),
          onChange: (e: { currentTarget: { value: string } }) => field.onChange(e.currentTarget.value),
          onBlur: field.onBlur,
        };
        switch (spec.type) {
          case 'text':
            return <TextInput {...text} />;
          case 'textarea':
            return <Textarea {...text} autosize minRows={2} maxRows={10} />;
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
          case 'period':
            return (
              <DateField
                {...common}
                {...(spec.type === 'period' ? { kind: 'month' as const } : {})}
                withAsterisk={required}
                value={asText(field.value)}
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
                value={asText(field.value) || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
              />
            );
          case 'boolean':
            return (
              <Checkbox
                label={spec.label}
                description={spec.description}
                checked={field.value === true}
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
                value={asLines(field.value).join('\n')}
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
                  value={asRefs(field.value)}
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

const wide = new Set<RecordFieldSpec['type']>(['textarea', 'lines', 'legalRefs', 'taskEvents']);

/** A record form's fields, group by group, drawn from the registry's field specs. */
export function RecordFieldGroups({
  groups,
  ...props
}: FieldsProps & { groups: readonly RecordFieldGroup[] }) {
  return groups.map((group) => (
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
            <RecordField spec={spec} {...props} />
          </Grid.Col>
        ))}
      </Grid>
    </Paper>
  ));
}
