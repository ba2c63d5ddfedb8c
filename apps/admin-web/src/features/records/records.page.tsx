import { anyRecordKind, type RecordKind, recordTitle, todayInVietnam } from '@khcn/domain';
import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { NumberField } from '../../shared/number.input.tsx';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { RouterOutputs } from '../../app/api-types.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { PagedTable } from '../../shared/query-table.tsx';
import { isRecordArea, recordAreaLabel, recordAreaNoun } from '../../shared/record-kinds.ts';
import { OrganisationsList } from './organisations.list.tsx';
import { recordColumns } from './record-columns.tsx';
import { AnchorLink, ButtonLink } from '../../shared/router-links.tsx';

const route = getRouteApi('/_authed/records/$kind');
const PAGE_SIZE = 20;
type Row = RouterOutputs['records']['list']['items'][number];

export function RecordsPage() {
  const { kind } = route.useParams();
  if (!isRecordArea(kind)) return <Text>Không có loại hồ sơ này.</Text>;
  if (kind === 'organisation') return <OrganisationsList />;
  return <RecordList kind={kind} />;
}

function RecordList({ kind }: { kind: RecordKind }) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canWrite = useCan('record.write');
  const page = search.page ?? 1;
  const [text, setText] = useState(search.q ?? '');
  const setQuery = useDebouncedCallback(
    (q: string) => navigate({ search: (prev) => ({ ...prev, q: q || undefined, page: undefined }) }),
    300,
  );
  const records = useQuery({
    ...trpc.records.list.queryOptions({
      kind,
      query: search.q,
      year: search.year,
      field: search.field,
      status: search.status,
      level: search.level,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: (previous) => previous,
  });
  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      {
        id: 'title',
        header: 'Tên',
        cell: ({ row }) => (
          <AnchorLink to="/records/$kind/$id" params={{ kind, id: row.original.data.id }} size="sm">
            {recordTitle(kind, row.original.data) || row.original.data.id}
          </AnchorLink>
        ),
      },
      ...recordColumns(kind, todayInVietnam(new Date())).map(
        (c): ColumnDef<Row> => ({
          id: c.id,
          header: c.header,
          cell: ({ row }) => c.cell(row.original.data),
        }),
      ),
    ],
    [kind],
  );
  const setFilter = (patch: Partial<typeof search>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }) });
  const total = records.data?.total ?? 0;

  return (
    <Stack gap="md">
      <PageHeader
        title={recordAreaLabel(kind)}
        actions={
          canWrite ? (
            <ButtonLink to="/records/$kind/$id" params={{ kind, id: 'new' }}>
              Thêm {recordAreaNoun(kind)}
            </ButtonLink>
          ) : null
        }
      />
      <Group align="flex-end" gap="sm" role="search" aria-label={`Tìm ${recordAreaLabel(kind)}`}>
        <TextInput
          label="Tìm theo tên"
          description="Gõ có dấu hay không dấu đều được (VD: “duong” tìm được “đường”)."
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setQuery(e.currentTarget.value);
          }}
          w={320}
        />
        {anyRecordKind(kind).admin.filters.map((filter) =>
          filter.options ? (
            <Select
              key={filter.column}
              label={filter.label}
              placeholder="Tất cả"
              data={Object.entries(filter.options).map(([value, label]) => ({ value, label }))}
              value={search[filter.column] ?? null}
              onChange={(v) => setFilter({ [filter.column]: v ?? undefined })}
              clearable
              w={180}
            />
          ) : (
            <TextInput
              key={filter.column}
              label={filter.label}
              placeholder={filter.placeholder}
              defaultValue={search[filter.column] ?? ''}
              onBlur={(e) => setFilter({ [filter.column]: e.currentTarget.value.trim() || undefined })}
              onKeyDown={(e) => {
                if (e.key === 'Enter')
                  setFilter({ [filter.column]: e.currentTarget.value.trim() || undefined });
              }}
              w={200}
            />
          ),
        )}
        <NumberField
          label="Năm"
          placeholder="Tất cả"
          noGrouping
          value={search.year}
          onChange={(v) =>
            setFilter({
              year: v !== undefined && Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : undefined,
            })
          }
          w={120}
        />
      </Group>
      <QueryState query={records} />
      {records.data ? (
        <PagedTable
          count={`${total} hồ sơ`}
          pageCount={records.data.pageCount}
          page={page}
          onPage={(p) => navigate({ search: (prev) => ({ ...prev, page: p }) })}
          caption={recordAreaLabel(kind)}
          columns={columns}
          data={records.data.items}
          getRowId={(r) => r.data.id}
          emptyMessage="Không có hồ sơ nào khớp."
        />
      ) : null}
    </Stack>
  );
}
