import {
  type DefaultBasisKind,
  type Fact,
  type FactQualifier,
  type FigureBasis,
  figureBasisLabels,
  findMentions,
  type IndicatorCatalogue,
  indicatorNameAt,
  isIndicatorRetiredAt,
  narrativePieces,
  periodEndDate,
  qualifierBefore,
  qualifierWords,
} from '@khcn/domain';
import {
  ActionIcon,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { type Control, Controller, type UseFormSetValue, useFieldArray, useWatch } from 'react-hook-form';
import { DateField } from '../../../shared/date.input.tsx';
import { NumberField } from '../../../shared/number.input.tsx';
import { joinNotes, type NotesLookup, noteProps } from './field-messages.ts';
import type { SectionDraft } from './section-draft.rules.ts';

const qualifierOptions = [
  { value: 'exact', label: 'Số chính xác' },
  ...qualifierWords.map((w) => ({ value: w, label: `“${w}”` })),
];
const basisOptions = (['month', 'ytd', 'period', 'level'] as const).map((kind) => ({
  value: kind,
  label: figureBasisLabels[kind],
}));

/** A new figure: no indicator yet (so it is not saved until one is chosen), nothing carried from a deleted one. */
export const newFact = (): Fact =>
  ({
    indicator: '',
    value: Number.NaN,
    asWritten: '',
    qualifier: 'exact',
    basis: { kind: 'month' },
    mention: { before: '', after: '' },
    note: '',
  }) as Fact;

const basisFor = (kind: DefaultBasisKind | FigureBasis['kind'], period: string): FigureBasis =>
  kind === 'period'
    ? { kind: 'period', from: `${period.slice(0, 4)}-01`, to: period }
    : kind === 'level'
      ? { kind: 'level' }
      : { kind };

type FactsEditorProps = {
  control: Control<SectionDraft>;
  readOnly: boolean;
  notes: NotesLookup;
  /** The department's indicators, and the report's month: names and retirements are as of that month. */
  catalogue: IndicatorCatalogue;
  period: string;
  setValue: UseFormSetValue<SectionDraft>;
};

/**
 * The figures a section states: indicator (from the department's catalogue), value typed the Vietnamese way,
 * the figure as written ("03", "1.034"), the words around it in the narrative, the period it counts over,
 * and its qualifier, which is read from the narrative ("gần 100") whenever the figure is found there.
 */
export function FactsEditor({ control, readOnly, notes, catalogue, period, setValue }: FactsEditorProps) {
  const { fields, append, remove } = useFieldArray({ control, name: 'facts' });
  const facts = useWatch({ control, name: 'facts' }) as Fact[] | undefined;
  const blocks = useWatch({ control, name: 'blocks' });

  const indicatorGroups = useMemo(() => {
    const groups = new Map<string, Array<{ value: string; label: string }>>();
    for (const indicator of catalogue.values()) {
      if (isIndicatorRetiredAt(indicator, period)) continue;
      const items = groups.get(indicator.group) ?? [];
      items.push({
        value: indicator.code,
        label: `${indicatorNameAt(indicator, period)} (${indicator.unit})`,
      });
      groups.set(indicator.group, items);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [catalogue, period]);

  // The qualifier word each figure has in the narrative: the text says it, staff need not repeat it.
  const textQualifiers = useMemo(() => {
    const pieces = narrativePieces(blocks ?? []);
    return (facts ?? []).map((fact): FactQualifier | null => {
      if (!fact?.mention || (!fact.mention.before.trim() && !fact.mention.after.trim())) return null;
      const match = findMentions(pieces, fact.mention).find((m) => m.value === fact.value) ?? null;
      return match ? qualifierBefore(match.piece.text, match.numberStart) : null;
    });
  }, [blocks, facts]);

  useEffect(() => {
    if (readOnly) return;
    textQualifiers.forEach((word, index) => {
      if (word !== null && facts?.[index] && facts[index]!.qualifier !== word) {
        setValue(`facts.${index}.qualifier`, word, { shouldDirty: true });
      }
    });
  }, [textQualifiers, facts, readOnly, setValue]);

  return (
    <Stack gap="sm">
      {fields.length === 0 ? (
        <Text c="dimmed" size="sm">
          Mục này chưa có số liệu.
        </Text>
      ) : null}
      {fields.map((field, index) => {
        const fromText = textQualifiers[index] ?? null;
        const basis = facts?.[index]?.basis ?? { kind: 'month' };
        return (
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
                  const current = f.value ? catalogue.get(f.value) : undefined;
                  // A retired indicator carried from an earlier month stays visible (and is reported).
                  const data =
                    current && isIndicatorRetiredAt(current, period)
                      ? [
                          ...indicatorGroups,
                          {
                            group: 'Đã ngừng sử dụng',
                            items: [{ value: current.code, label: indicatorNameAt(current, period) }],
                          },
                        ]
                      : indicatorGroups;
                  return (
                    <Grid.Col span={12}>
                      <Select
                        label="Chỉ tiêu"
                        placeholder="Chọn chỉ tiêu"
                        data={data}
                        value={f.value || null}
                        onChange={(v) => {
                          if (!v) return;
                          f.onChange(v);
                          const chosen = catalogue.get(v);
                          if (chosen && !current)
                            setValue(`facts.${index}.basis`, basisFor(chosen.defaultBasis, period));
                        }}
                        onBlur={f.onBlur}
                        searchable
                        readOnly={readOnly}
                        {...noteProps(n)}
                        nothingFoundMessage="Không có chỉ tiêu phù hợp; quản trị hoặc trưởng phòng thêm chỉ tiêu ở trang Chỉ tiêu số liệu"
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
                      <NumberField
                        label="Giá trị"
                        value={typeof f.value === 'number' ? f.value : undefined}
                        onChange={(v) => f.onChange(v ?? Number.NaN)}
                        onBlur={f.onBlur}
                        readOnly={readOnly}
                        {...noteProps(n)}
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
                        {...noteProps(n)}
                      />
                    </Grid.Col>
                  );
                }}
              />
              <Controller
                control={control}
                name={`facts.${index}.qualifier`}
                render={({ field: f }) => {
                  const n = notes(`facts.${index}.qualifier`);
                  return (
                    <Grid.Col span={{ base: 12, sm: 4 }}>
                      <Select
                        label="Từ hạn định"
                        data={qualifierOptions}
                        value={f.value ?? 'exact'}
                        onChange={(v) => f.onChange((v ?? 'exact') as FactQualifier)}
                        readOnly={readOnly || fromText !== null}
                        allowDeselect={false}
                        description={
                          fromText !== null
                            ? `Lấy từ lời văn: ${fromText === 'exact' ? 'số chính xác' : `“${fromText}”`}`
                            : 'Chọn khi số liệu chưa gắn với lời văn'
                        }
                        error={joinNotes(n.errors)}
                      />
                    </Grid.Col>
                  );
                }}
              />
              <Controller
                control={control}
                name={`facts.${index}.basis`}
                render={({ field: f }) => {
                  const n = notes(`facts.${index}.basis`);
                  const b = (f.value ?? basis) as FigureBasis;
                  return (
                    <>
                      <Grid.Col span={{ base: 12, sm: b.kind === 'period' || b.kind === 'level' ? 4 : 12 }}>
                        <Select
                          label="Kỳ của số liệu"
                          data={basisOptions}
                          value={b.kind}
                          onChange={(v) => v && f.onChange(basisFor(v as FigureBasis['kind'], period))}
                          readOnly={readOnly}
                          allowDeselect={false}
                          {...noteProps(n)}
                        />
                      </Grid.Col>
                      {b.kind === 'period' ? (
                        <>
                          <Grid.Col span={{ base: 6, sm: 4 }}>
                            <DateField
                              kind="month"
                              label="Từ tháng"
                              value={b.from}
                              onChange={(from) => f.onChange({ ...b, from })}
                              readOnly={readOnly}
                              openOn={period}
                            />
                          </Grid.Col>
                          <Grid.Col span={{ base: 6, sm: 4 }}>
                            <DateField
                              kind="month"
                              label="Đến tháng"
                              value={b.to}
                              onChange={(to) => f.onChange({ ...b, to })}
                              readOnly={readOnly}
                              openOn={period}
                            />
                          </Grid.Col>
                        </>
                      ) : null}
                      {b.kind === 'level' ? (
                        <Grid.Col span={{ base: 12, sm: 8 }}>
                          <DateField
                            label="Tính đến ngày"
                            value={b.asOf ?? ''}
                            onChange={(asOf) =>
                              f.onChange(asOf ? { kind: 'level', asOf } : { kind: 'level' })
                            }
                            readOnly={readOnly}
                            openOn={period}
                            description={`Để trống: tính đến cuối tháng báo cáo (${periodEndDate(period).split('-').reverse().join('/')})`}
                          />
                        </Grid.Col>
                      ) : null}
                    </>
                  );
                }}
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
                          {...noteProps(n)}
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
        );
      })}
      {readOnly ? null : (
        <Button variant="light" size="xs" w="fit-content" onClick={() => append(newFact())}>
          Thêm số liệu
        </Button>
      )}
    </Stack>
  );
}
