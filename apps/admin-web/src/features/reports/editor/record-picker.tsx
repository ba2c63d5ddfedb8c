import { type RecordKind, type RecordRef, recordKinds, recordTitle } from '@khcn/domain';
import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../../../app/trpc.ts';
import { recordAreaLabel } from '../../../shared/record-kinds.ts';

/** Finds a record by kind and words of its title (tones optional) and links it to the section. */
export function RecordPicker({ linked, onAdd }: { linked: RecordRef[]; onAdd: (ref: RecordRef) => void }) {
  // The registry's first kind (the tasks) until the clerk picks another.
  const [kind, setKind] = useState<RecordKind>(recordKinds[0]);
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [query] = useDebouncedValue(search, 250);
  const results = useQuery({
    ...trpc.records.list.queryOptions({ kind, query: query || undefined, page: 1, pageSize: 20 }),
    placeholderData: (previous) => previous,
  });
  const linkedIds = new Set(linked.map((r) => `${r.kind}:${r.id}`));
  const options = (results.data?.items ?? [])
    .filter((r) => !linkedIds.has(`${kind}:${r.data.id}`))
    .map((r) => ({
      value: r.data.id,
      label: recordTitle(kind, r.data) || r.data.id,
    }));
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <Select
        label="Loại hồ sơ"
        data={recordKinds.map((k) => ({ value: k, label: recordAreaLabel(k) }))}
        value={kind}
        onChange={(v) => {
          if (v) setKind(v as RecordKind);
          setSelected(null);
        }}
        allowDeselect={false}
        w={240}
      />
      <Select
        label="Tìm hồ sơ để liên kết"
        placeholder="Gõ vài chữ của tên (có thể không dấu)"
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        value={selected}
        onChange={setSelected}
        filter={({ options: o }) => o}
        nothingFoundMessage={results.isFetching ? 'Đang tìm…' : 'Không tìm thấy hồ sơ'}
        style={{ flex: 1, minWidth: 260 }}
      />
      <Button
        variant="light"
        disabled={!selected}
        onClick={() => {
          if (!selected) return;
          onAdd({ kind, id: selected });
          setSelected(null);
          setSearch('');
        }}
      >
        Liên kết
      </Button>
    </Group>
  );
}

/** The title of a linked record, loaded when its row is in view. */
export function LinkedRecordTitle({ recordRef }: { recordRef: RecordRef }) {
  const record = useQuery({
    ...trpc.records.get.queryOptions(recordRef),
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (record.data) return <>{recordTitle(recordRef.kind, record.data.data) || recordRef.id}</>;
  if (record.error) return <>{recordRef.id} (không tìm thấy hồ sơ)</>;
  return <>{recordRef.id}</>;
}
