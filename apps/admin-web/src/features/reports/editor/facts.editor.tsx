import {
  type Fact,
  factQualifiers,
  type IndicatorCode,
  indicatorCatalogue,
  indicatorCodes,
} from '@khcn/domain';
import {
  ActionIcon,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { type Control, Controller, useFieldArray } from 'react-hook-form';
import { joinNotes, type NotesLookup } from './field-messages.ts';
import type { SectionDraft } from './section-draft.rules.ts';

const indicatorGroups = (() => {
  const groups = new Map<string, Array<{ value: IndicatorCode; label: string }>>();
  for (const code of indicatorCodes) {
    const def = indicatorCatalogue[code];
    const items = groups.get(def.group) ?? [];
    items.push({ value: code, label: `${def.label} (${def.unit})` });
    groups.set(def.group, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
})();

const qualifierOptions = [
  { value: 'exact', label: 'Chính xác' },
  { value: 'about', label: `Khoảng (“${factQualifiers.about}”)` },
  { value: 'nearly', label: `Gần (“${factQualifiers.nearly}”)` },
  { value: 'at_least', label: `Trên (“${factQualifiers.at_least}”)` },
];

type FactsEditorProps = {
  control: Control<SectionDraft>;
  readOnly: boolean;
  notes: NotesLookup;
};

/**
 * The figures a section states: indicator (from the catalogue), value, the figure as written ("03",
 * "1.034") and the words around it in the narrative, which reconciliation checks against the text.
 */
export function FactsEditor({ control, readOnly, notes }: FactsEditorProps) {
  const { fields, append, remove } = useFieldArray({ control, name: 'facts' });
  return (
    <Stack gap="sm">
      {fields.length === 0 ? (
        <Text c="dimmed" size="sm">
          Mục này chưa có số liệu.
        </Text>
      ) : null}
      {fields.map((field, index) => (
        <Paper key={field.id} withBorder p="sm" role="group" aria-label={`Số liệu ${index + 1}`}>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>
              Số liệu {index + 1}
            </Text>
            {readOnly ? null : (
              <Tooltip label="Xóa số liệu">
                <ActionIcon
                  variant="default"
                  aria-label={`Xóa số liệu ${index + 1}`}
                  onClick={() => remove(index)}
                >
                  ✕
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
          <Grid gap="sm">
            <Controller
              control={control}
              name={`facts.${index}.indicator`}
              render={({ field: f }) => {
                const n = notes(`facts.${index}.indicator`);
                return (
                  <Grid.Col span={12}>
                    <Select
                      label="Chỉ tiêu"
                      data={indicatorGroups}
                      value={f.value}
                      onChange={(v) => v && f.onChange(v)}
                      onBlur={f.onBlur}
                      searchable
                      readOnly={readOnly}
                      error={joinNotes(n.errors)}
                      description={joinNotes(n.warnings)}
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                      nothingFoundMessage="Không có chỉ tiêu phù hợp"
                    />
                  </Grid.Col>
                );
              }}
            />
            <Controller
              control={control}
              name={`facts.${index}.value`}
              render={({ field: f }) => {
                const n = notes(`facts.${index}.value`);
                return (
                  <Grid.Col span={{ base: 6, sm: 4 }}>
                    <NumberInput
                      label="Giá trị"
                      value={Number.isFinite(f.value) ? f.value : ''}
                      onChange={(v) => f.onChange(typeof v === 'number' ? v : Number.NaN)}
                      onBlur={f.onBlur}
                      thousandSeparator="."
                      decimalSeparator=","
                      min={0}
                      hideControls
                      readOnly={readOnly}
                      error={joinNotes(n.errors)}
                      description={joinNotes(n.warnings)}
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                    />
                  </Grid.Col>
                );
              }}
            />
            <Controller
              control={control}
              name={`facts.${index}.asWritten`}
              render={({ field: f }) => {
                const n = notes(`facts.${index}.asWritten`);
                return (
                  <Grid.Col span={{ base: 6, sm: 4 }}>
                    <TextInput
                      label="Cách ghi trong văn bản"
                      placeholder="VD: 03; 1.034"
                      value={f.value ?? ''}
                      onChange={(e) => f.onChange(e.currentTarget.value)}
                      onBlur={f.onBlur}
                      readOnly={readOnly}
                      error={joinNotes(n.errors)}
                      description={joinNotes(n.warnings)}
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                    />
                  </Grid.Col>
                );
              }}
            />
            <Controller
              control={control}
              name={`facts.${index}.qualifier`}
              render={({ field: f }) => (
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <Select
                    label="Mức độ chính xác"
                    data={qualifierOptions}
                    value={f.value ?? 'exact'}
                    onChange={(v) => f.onChange((v ?? 'exact') as Fact['qualifier'])}
                    readOnly={readOnly}
                    allowDeselect={false}
                  />
                </Grid.Col>
              )}
            />
            <Controller
              control={control}
              name={`facts.${index}.mention`}
              render={({ field: f }) => {
                const n = notes(`facts.${index}.mention`);
                const mention = f.value ?? { before: '', after: '' };
                return (
                  <>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <TextInput
                        label="Từ đứng trước số liệu"
                        placeholder="VD: thực hiện đối với"
                        value={mention.before}
                        onChange={(e) => f.onChange({ ...mention, before: e.currentTarget.value })}
                        readOnly={readOnly}
                        error={joinNotes(n.errors)}
                        description={joinNotes(n.warnings)}
                        inputWrapperOrder={['label', 'input', 'description', 'error']}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <TextInput
                        label="Từ đứng sau số liệu"
                        placeholder="VD: nhiệm vụ KH&CN"
                        value={mention.after}
                        onChange={(e) => f.onChange({ ...mention, after: e.currentTarget.value })}
                        readOnly={readOnly}
                      />
                    </Grid.Col>
                  </>
                );
              }}
            />
          </Grid>
        </Paper>
      ))}
      {readOnly ? null : (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() =>
            append({
              indicator: indicatorCodes[0],
              value: 0,
              qualifier: 'exact',
              mention: { before: '', after: '' },
            })
          }
        >
          Thêm số liệu
        </Button>
      )}
    </Stack>
  );
}
