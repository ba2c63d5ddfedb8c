import { taskEventKinds, taskRatings } from '@khcn/domain';
import { ActionIcon, Button, Grid, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import {
  type Control,
  Controller,
  type FieldErrors,
  type FieldValues,
  useFieldArray,
  useWatch,
} from 'react-hook-form';
import { DateField } from '../../shared/date.input.tsx';
import { errorAt } from '../../shared/form/use-zod-form.ts';

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const newId = () => `ev-${crypto.getRandomValues(new Uint32Array(2)).join('').slice(0, 12)}`;

/** The stage timeline of an S&T task: approved, contracted, checked, accepted (with rating)... */
export function TaskEventsEditor({
  control,
  errors,
  readOnly,
  defaultPeriod,
}: {
  /** The record form's control: a record's document has a shape per kind. */
  control: Control<FieldValues>;
  errors: FieldErrors;
  readOnly: boolean;
  defaultPeriod: string;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'events' });
  // Each milestone's calendars open on its own date or period, not on today.
  const events: ReadonlyArray<{ date?: string; period?: string }> | undefined = useWatch({
    control,
    name: 'events',
  });
  const err = (path: string) => errorAt(errors, path);
  return (
    <Stack gap="sm">
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có mốc nào.
        </Text>
      ) : null}
      {fields.map((field, i) => (
        <Paper key={field.id} withBorder p="sm" role="group" aria-label={`Mốc ${i + 1}`}>
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
              <Controller
                control={control}
                name={`events.${i}.kind`}
                render={({ field: f }) => (
                  <Select
                    label="Mốc"
                    data={options(taskEventKinds)}
                    value={f.value ?? null}
                    onChange={f.onChange}
                    readOnly={readOnly}
                    error={err(`events.${i}.kind`)}
                    allowDeselect={false}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, lg: 2 }}>
              <Controller
                control={control}
                name={`events.${i}.date`}
                render={({ field: f }) => (
                  <DateField
                    label={`Ngày của mốc ${i + 1}`}
                    value={f.value || ''}
                    onChange={f.onChange}
                    onBlur={f.onBlur}
                    readOnly={readOnly}
                    openOn={events?.[i]?.period ? `${events[i]!.period}-01` : `${defaultPeriod}-01`}
                    error={err(`events.${i}.date`)}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, lg: 2 }}>
              <Controller
                control={control}
                name={`events.${i}.period`}
                render={({ field: f }) => (
                  <DateField
                    kind="month"
                    label={`Kỳ báo cáo của mốc ${i + 1}`}
                    value={f.value || ''}
                    onChange={f.onChange}
                    onBlur={f.onBlur}
                    readOnly={readOnly}
                    openOn={events?.[i]?.date ? events[i]!.date!.slice(0, 7) : defaultPeriod}
                    error={err(`events.${i}.period`)}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, lg: 2 }}>
              <Controller
                control={control}
                name={`events.${i}.rating`}
                render={({ field: f }) => (
                  <Select
                    label="Xếp loại"
                    data={options(taskRatings)}
                    value={f.value ?? null}
                    onChange={(v) => f.onChange(v ?? '')}
                    readOnly={readOnly}
                    clearable
                    error={err(`events.${i}.rating`)}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, lg: 2 }}>
              <Controller
                control={control}
                name={`events.${i}.certificateNumber`}
                render={({ field: f }) => (
                  <TextInput
                    label="Số giấy chứng nhận"
                    value={f.value ?? ''}
                    onChange={(e) => f.onChange(e.currentTarget.value)}
                    readOnly={readOnly}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 1 }}>
              {readOnly ? null : (
                <Tooltip label="Xóa mốc">
                  <ActionIcon
                    variant="default"
                    aria-label={`Xóa mốc ${i + 1}`}
                    onClick={() => remove(i)}
                    mb={4}
                  >
                    ✕
                  </ActionIcon>
                </Tooltip>
              )}
            </Grid.Col>
            <Grid.Col span={12}>
              <Controller
                control={control}
                name={`events.${i}.note`}
                render={({ field: f }) => (
                  <TextInput
                    label="Ghi chú"
                    value={f.value ?? ''}
                    onChange={(e) => f.onChange(e.currentTarget.value)}
                    readOnly={readOnly}
                    error={err(`events.${i}.note`)}
                  />
                )}
              />
            </Grid.Col>
          </Grid>
        </Paper>
      ))}
      {readOnly ? null : (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => append({ id: newId(), kind: 'checked', period: defaultPeriod })}
        >
          Thêm mốc
        </Button>
      )}
    </Stack>
  );
}
