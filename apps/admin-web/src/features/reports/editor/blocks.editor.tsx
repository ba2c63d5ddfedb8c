import type { Block } from '@khcn/domain';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import { type Control, Controller, useFieldArray } from 'react-hook-form';
import { joinNotes, type NotesLookup } from './field-messages.ts';
import { convertBlock, itemsToText, type SectionDraft, textToItems } from './section-draft.rules.ts';

type BlockKind = 'paragraph' | 'dash' | 'parenthesized' | 'numbered';

const kindOptions: Array<{ value: BlockKind; label: string }> = [
  { value: 'paragraph', label: 'Đoạn văn' },
  { value: 'dash', label: 'Gạch đầu dòng' },
  { value: 'parenthesized', label: '(1), (2)…' },
  { value: 'numbered', label: '1., 2.…' },
];

const kindOf = (b: Block): BlockKind => (b.kind === 'paragraph' ? 'paragraph' : b.style);

type BlocksEditorProps = {
  control: Control<SectionDraft>;
  readOnly: boolean;
  notes: NotesLookup;
};

/** The narrative of a section: paragraphs and lists (one item per line), reorderable by buttons. */
export function BlocksEditor({ control, readOnly, notes }: BlocksEditorProps) {
  const { fields, append, remove, move, update } = useFieldArray({ control, name: 'blocks' });
  const focusIndex = useRef<number | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    const target = containerRef.current?.querySelector<HTMLTextAreaElement>(
      `[data-block-index="${focusIndex.current}"] textarea`,
    );
    target?.focus();
    focusIndex.current = null;
  });

  const add = (kind: BlockKind) => {
    focusIndex.current = fields.length;
    append(
      kind === 'paragraph' ? { kind: 'paragraph', text: '' } : { kind: 'list', style: kind, items: [''] },
    );
  };

  return (
    <Stack gap="sm" ref={containerRef}>
      {fields.length === 0 ? (
        <Text c="dimmed" size="sm">
          Mục này chưa có lời văn.
        </Text>
      ) : null}
      {fields.map((field, index) => (
        <Controller
          key={field.id}
          control={control}
          name={`blocks.${index}`}
          render={({ field: { value, onChange, onBlur } }) => {
            const blockNotes = notes(`blocks.${index}`);
            const label = `Khối ${index + 1}: ${kindOptions.find((o) => o.value === kindOf(value))?.label ?? ''}`;
            return (
              <Paper
                withBorder
                p="sm"
                data-block-index={index}
                role="group"
                aria-labelledby={`block-${field.id}-label`}
              >
                <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
                  <Text id={`block-${field.id}-label`} size="sm" fw={600}>
                    Khối {index + 1}
                  </Text>
                  {readOnly ? null : (
                    <Group gap={4} wrap="wrap">
                      <SegmentedControl
                        size="xs"
                        data={kindOptions}
                        value={kindOf(value)}
                        onChange={(k) => update(index, convertBlock(value, k as BlockKind))}
                        aria-label={`Kiểu của khối ${index + 1}`}
                      />
                      <Tooltip label="Chuyển lên">
                        <ActionIcon
                          variant="default"
                          aria-label={`Chuyển khối ${index + 1} lên`}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                        >
                          ↑
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Chuyển xuống">
                        <ActionIcon
                          variant="default"
                          aria-label={`Chuyển khối ${index + 1} xuống`}
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, index + 1)}
                        >
                          ↓
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Xóa khối">
                        <ActionIcon
                          variant="default"
                          color="red"
                          aria-label={`Xóa khối ${index + 1}`}
                          onClick={() => remove(index)}
                        >
                          ✕
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  )}
                </Group>
                <Textarea
                  aria-label={label}
                  description={
                    value.kind === 'list'
                      ? joinNotes(['Mỗi dòng là một ý của danh sách.', ...blockNotes.warnings])
                      : joinNotes(blockNotes.warnings)
                  }
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  error={joinNotes(blockNotes.errors)}
                  autosize
                  minRows={value.kind === 'list' ? 3 : 2}
                  maxRows={16}
                  readOnly={readOnly}
                  value={value.kind === 'paragraph' ? value.text : itemsToText(value.items)}
                  onBlur={onBlur}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    onChange(
                      value.kind === 'paragraph'
                        ? { kind: 'paragraph', text }
                        : { kind: 'list', style: value.style, items: textToItems(text) },
                    );
                  }}
                />
              </Paper>
            );
          }}
        />
      ))}
      {readOnly ? null : (
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => add('paragraph')}>
            Thêm đoạn văn
          </Button>
          <Button variant="light" size="xs" onClick={() => add('dash')}>
            Thêm danh sách gạch đầu dòng
          </Button>
          <Button variant="light" size="xs" onClick={() => add('numbered')}>
            Thêm danh sách đánh số
          </Button>
        </Group>
      )}
    </Stack>
  );
}
