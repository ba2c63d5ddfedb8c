import { Text } from '@mantine/core';

export type AuditChangeView = { field: string; before: string | null; after: string | null };

/** An entry's changes as staff read them: "Trạng thái: Đã trình → Đã duyệt", one per line, never JSON. */
export function AuditChanges({ changes }: { changes: readonly AuditChangeView[] }) {
  if (changes.length === 0) return <>—</>;
  const shown = changes.slice(0, 3);
  const list = (items: readonly AuditChangeView[]) => (
    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {items.map((c, i) => (
        <li key={`${c.field}-${i}`}>
          <Text span size="sm" fw={600}>
            {c.field}:
          </Text>{' '}
          <Text span size="sm">
            {c.before !== null && c.after !== null
              ? `${c.before} → ${c.after}`
              : c.after !== null
                ? c.after
                : `(bỏ) ${c.before}`}
          </Text>
        </li>
      ))}
    </ul>
  );
  if (changes.length <= shown.length) return list(changes);
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>
        {shown.map((c) => c.field).join(', ')} và {changes.length - shown.length} thay đổi khác
      </summary>
      {list(changes)}
    </details>
  );
}
