import { formatLegalReference, type LegalReference, parseLegalReference } from '@khcn/domain';
import { ActionIcon, Button, Group, List, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { joinNotes, type NotesLookup } from './field-messages.ts';
import { warningTextColor } from '../../../app/theme.ts';

type LegalRefsEditorProps = {
  value: LegalReference[];
  onChange: (refs: LegalReference[]) => void;
  readOnly: boolean;
  notes: NotesLookup;
};

/**
 * Legal documents the section cites, as structured references. The user pastes the citation in the
 * fixed form ("Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023"); it is parsed, not stored as free text.
 */
export function LegalRefsEditor({ value, onChange, readOnly, notes }: LegalRefsEditorProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const ref = parseLegalReference(text);
    if (!ref) {
      setError('Văn bản viện dẫn: cần ghi theo dạng "Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023"');
      return;
    }
    onChange([...value, ref]);
    setText('');
    setError(null);
  };
  return (
    <Stack gap="xs">
      {value.length === 0 ? (
        <Text c="dimmed" size="sm">
          Chưa liên kết văn bản nào.
        </Text>
      ) : (
        <List spacing={4} listStyleType="none" p={0}>
          {value.map((ref, index) => {
            const n = notes(`legalRefs.${index}`);
            return (
              <List.Item key={`${ref.kind}-${ref.number}-${ref.symbol}-${index}`}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <div style={{ flex: 1 }}>
                    <Text size="sm">{formatLegalReference(ref)}</Text>
                    {n.warnings.length > 0 || n.errors.length > 0 ? (
                      <Text size="xs" c={n.errors.length > 0 ? 'red.9' : warningTextColor}>
                        {joinNotes([...n.errors, ...n.warnings])}
                      </Text>
                    ) : null}
                  </div>
                  {readOnly ? null : (
                    <Tooltip label="Bỏ liên kết">
                      <ActionIcon
                        variant="default"
                        size="sm"
                        aria-label={`Bỏ văn bản ${formatLegalReference(ref)}`}
                        onClick={() => onChange(value.filter((_, i) => i !== index))}
                      >
                        ✕
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      {readOnly ? null : (
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Thêm văn bản viện dẫn"
            placeholder="Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            error={error}
            style={{ flex: 1, minWidth: 260 }}
          />
          <Button variant="light" onClick={add} disabled={!text.trim()}>
            Thêm
          </Button>
        </Group>
      )}
    </Stack>
  );
}
