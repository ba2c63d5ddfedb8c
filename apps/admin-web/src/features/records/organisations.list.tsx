import { RowActions } from '../../shared/row-actions.tsx';
import { QueryTable } from '../../shared/query-table.tsx';
import { type Organisation, organisationKinds, formatDate } from '@khcn/domain';
import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { submitState } from '../../app/api-error.ts';
import type { RouterOutputs } from '../../app/api-types.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { OrganisationForm } from './organisation.form.tsx';

type Row = RouterOutputs['organisations']['list'][number];
const column = createColumnHelper<Row>();

/** The organisations catalogue: current name, kind, earlier names with their periods. */
export function OrganisationsList() {
  const canWrite = useCan('record.write');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 300);
  const organisations = useQuery({
    ...trpc.organisations.list.queryOptions({ query: debounced || undefined }),
    placeholderData: (p) => p,
  });
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const queryClient = useQueryClient();
  const upsert = useMutation(trpc.organisations.upsert.mutationOptions());
  const columns = useMemo(
    () => [
      column.accessor('currentName', { header: 'Tên hiện nay' }),
      column.accessor('kind', { header: 'Loại', cell: (c) => organisationKinds[c.getValue()] }),
      column.accessor('names', {
        header: 'Các tên theo thời kỳ',
        cell: (c) =>
          c
            .getValue()
            .map(
              (n) =>
                `${n.name} (từ ${formatDate(n.validFrom)}${n.validTo ? ` đến ${formatDate(n.validTo)}` : ''})`,
            )
            .join('; '),
      }),
      column.display({
        id: 'edit',
        header: 'Thao tác',
        cell: (c) =>
          canWrite ? (
            <RowActions
              actions={[
                {
                  text: 'Sửa',
                  label: `Sửa ${c.row.original.currentName}`,
                  onClick: () => setEditing(c.row.original),
                },
              ]}
            />
          ) : null,
      }),
    ],
    [canWrite],
  );
  const save = async (organisation: Organisation) => {
    const version = editing && editing !== 'new' ? editing.version : undefined;
    await upsert.mutateAsync({ organisation, version }).then(
      async () => {
        setEditing(null);
        notifications.show({ color: 'green', message: 'Đã lưu tổ chức.' });
        await queryClient.invalidateQueries({ queryKey: trpc.organisations.list.pathKey() });
      },
      () => undefined,
    );
  };
  return (
    <Stack gap="md">
      <PageHeader
        title="Tổ chức"
        description="Tên tổ chức có hiệu lực theo thời kỳ: báo cáo cũ giữ tên tại thời điểm ban hành."
        actions={
          canWrite ? (
            <Button
              onClick={() => {
                upsert.reset();
                setEditing('new');
              }}
            >
              Thêm tổ chức
            </Button>
          ) : null
        }
      />
      <TextInput
        label="Tìm theo tên"
        description="Có dấu hay không dấu đều được."
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        w={320}
      />
      <QueryTable
        query={organisations}
        caption="Danh sách tổ chức"
        columns={columns}
        getRowId={(o) => o.id}
        sortable
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Thêm tổ chức' : 'Sửa tổ chức'}
        size="xl"
      >
        {editing !== null ? (
          <OrganisationForm
            initial={
              editing === 'new' ? undefined : { id: editing.id, kind: editing.kind, names: editing.names }
            }
            onSubmit={save}
            onCancel={() => setEditing(null)}
            {...submitState(upsert)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
