import { RowActions } from '../../shared/row-actions.tsx';
import { QueryTable } from '../../shared/query-table.tsx';
import {
  canManageIndicator,
  currentIndicatorName,
  figureBasisLabels,
  formatMonthInput,
  hasPermission,
  indicatorAggregationShortLabels,
  nextPeriod,
  periodOfDate,
  todayInVietnam,
} from '@khcn/domain';
import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { describeApiError, submitState } from '../../app/api-error.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import {
  CreateIndicatorForm,
  EditIndicatorForm,
  RenameIndicatorForm,
  type StoredIndicator,
} from './indicator.forms.tsx';

const column = createColumnHelper<StoredIndicator>();
type Dialog = { kind: 'create' } | { kind: 'edit' | 'rename'; indicator: StoredIndicator } | null;

/**
 * The department's indicator catalogue ("Chỉ tiêu số liệu"): what each figure of the monthly report counts,
 * how it combines over time, its names over time. The quản trị keeps all; a trưởng phòng those of their divisions.
 */
export function IndicatorsPage() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const indicators = useQuery(trpc.indicators.list.queryOptions());
  const divisions = useQuery(trpc.settings.divisions.queryOptions());
  const [dialog, setDialog] = useState<Dialog>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.indicators.list.queryKey() });
  const create = useMutation(trpc.indicators.create.mutationOptions({ onSuccess: invalidate }));
  const update = useMutation(trpc.indicators.update.mutationOptions({ onSuccess: invalidate }));
  const rename = useMutation(trpc.indicators.rename.mutationOptions({ onSuccess: invalidate }));
  const retire = useMutation(trpc.indicators.retire.mutationOptions({ onSuccess: invalidate }));
  const canAdd = hasPermission(user, 'indicator.manage');
  const thisMonth = periodOfDate(todayInVietnam(new Date()));
  const divisionOptions = useMemo(
    () =>
      Object.entries(divisions.data ?? {})
        .filter(([code]) => user.roles.includes('admin') || user.divisions.includes(code))
        .map(([value, name]) => ({ value, label: `${value} – ${name}` })),
    [divisions.data, user],
  );

  const confirmRetire = (indicator: StoredIndicator) => {
    const name = currentIndicatorName(indicator);
    const from = nextPeriod(thisMonth);
    modals.openConfirmModal({
      title: indicator.retiredFrom ? `Dùng lại chỉ tiêu “${name}”?` : `Ngừng sử dụng chỉ tiêu “${name}”?`,
      children: (
        <Text size="sm">
          {indicator.retiredFrom
            ? 'Chỉ tiêu được chọn lại được trong các báo cáo.'
            : `Từ báo cáo tháng ${formatMonthInput(from)} không ghi được số liệu của chỉ tiêu này; số liệu đã công khai vẫn được giữ trên cổng thông tin.`}
        </Text>
      ),
      labels: { confirm: indicator.retiredFrom ? 'Dùng lại' : 'Ngừng sử dụng', cancel: 'Hủy' },
      onConfirm: () =>
        retire.mutate(
          { code: indicator.code, version: indicator.version, from: indicator.retiredFrom ? null : from },
          {
            onSuccess: () => notifications.show({ color: 'green', message: 'Đã lưu.' }),
            onError: (e) => notifications.show({ color: 'red', message: describeApiError(e) }),
          },
        ),
    });
  };

  const columns = useMemo(
    () => [
      column.accessor((i) => currentIndicatorName(i), {
        id: 'name',
        header: 'Chỉ tiêu',
        cell: (c) => (
          <Stack gap={0}>
            <Text size="sm">{c.getValue()}</Text>
            {c.row.original.names.length > 1 ? (
              <Text size="xs" c="dimmed">
                Tên trước đây:{' '}
                {c.row.original.names
                  .slice(0, -1)
                  .map((n) => n.name)
                  .join('; ')}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed">
              Mã: {c.row.original.code}
            </Text>
          </Stack>
        ),
      }),
      column.accessor('unit', { header: 'Đơn vị' }),
      column.accessor('group', { header: 'Nhóm' }),
      column.accessor((i) => i.division ?? '—', { id: 'division', header: 'Phòng' }),
      column.accessor((i) => indicatorAggregationShortLabels[i.aggregation], {
        id: 'aggregation',
        header: 'Cộng gộp',
      }),
      column.accessor((i) => figureBasisLabels[i.defaultBasis], { id: 'basis', header: 'Kỳ mặc định' }),
      column.display({
        id: 'state',
        header: 'Trạng thái',
        cell: (c) =>
          c.row.original.retiredFrom ? (
            <Text size="sm" c="dimmed">
              Ngừng từ {formatMonthInput(c.row.original.retiredFrom)}
            </Text>
          ) : (
            <Text size="sm">Đang dùng</Text>
          ),
      }),
      ...(canAdd
        ? [
            column.display({
              id: 'actions',
              header: 'Thao tác',
              cell: (c) => {
                const i = c.row.original;
                if (!canManageIndicator(user, i.division)) return null;
                const name = currentIndicatorName(i);
                return (
                  <RowActions
                    actions={[
                      {
                        text: 'Sửa',
                        label: `Sửa ${name}`,
                        onClick: () => setDialog({ kind: 'edit', indicator: i }),
                      },
                      {
                        text: 'Đổi tên',
                        label: `Đổi tên ${name}`,
                        onClick: () => setDialog({ kind: 'rename', indicator: i }),
                      },
                      {
                        text: i.retiredFrom ? 'Dùng lại' : 'Ngừng dùng',
                        label: `${i.retiredFrom ? 'Dùng lại' : 'Ngừng sử dụng'} ${name}`,
                        color: i.retiredFrom ? 'blue' : 'red',
                        onClick: () => confirmRetire(i),
                      },
                    ]}
                  />
                );
              },
            }),
          ]
        : []),
    ],
    [user, canAdd],
  );

  const done = (message: string) => {
    setDialog(null);
    notifications.show({ color: 'green', message });
  };
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <PageHeader
        title="Chỉ tiêu số liệu"
        description="Danh mục chỉ tiêu mà báo cáo tháng nêu số liệu. Chỉ tiêu mới có ngay trong trình soạn báo cáo; sau lần phê duyệt tiếp theo, số liệu của nó có bảng, biểu đồ và dữ liệu mở trên cổng thông tin."
        actions={
          canAdd ? (
            <Button
              onClick={() => {
                create.reset();
                setDialog({ kind: 'create' });
              }}
            >
              Thêm chỉ tiêu
            </Button>
          ) : null
        }
      />
      {!canAdd ? (
        <Alert color="blue" variant="light">
          Quản trị và trưởng phòng (với chỉ tiêu của phòng mình) được thêm, sửa, đổi tên và ngừng dùng chỉ
          tiêu.
        </Alert>
      ) : null}
      <QueryTable
        query={indicators}
        caption="Danh mục chỉ tiêu"
        columns={columns}
        getRowId={(i) => i.code}
        sortable
        minWidth={960}
      />
      <Modal opened={dialog?.kind === 'create'} onClose={close} title="Thêm chỉ tiêu" size="lg">
        <CreateIndicatorForm
          divisions={divisionOptions}
          defaultDivision={user.roles.includes('admin') ? null : (user.divisions[0] ?? null)}
          onCancel={close}
          {...submitState(create)}
          onSubmit={async (values) => {
            await create.mutateAsync(values).then(
              (created) => done(`Đã thêm chỉ tiêu “${currentIndicatorName(created)}” (mã ${created.code}).`),
              () => undefined,
            );
          }}
        />
      </Modal>
      <Modal opened={dialog?.kind === 'edit'} onClose={close} title="Sửa chỉ tiêu" size="lg">
        {dialog?.kind === 'edit' ? (
          <EditIndicatorForm
            indicator={dialog.indicator}
            catalogue={indicators.data ?? []}
            divisions={divisionOptions}
            onCancel={close}
            {...submitState(update)}
            onSubmit={async (values) => {
              await update.mutateAsync(values).then(
                () => done('Đã lưu thay đổi chỉ tiêu.'),
                () => undefined,
              );
            }}
          />
        ) : null}
      </Modal>
      <Modal
        opened={dialog?.kind === 'rename'}
        onClose={close}
        title="Đổi tên chỉ tiêu từ một tháng"
        size="lg"
      >
        {dialog?.kind === 'rename' ? (
          <RenameIndicatorForm
            indicator={dialog.indicator}
            defaultFrom={thisMonth}
            onCancel={close}
            {...submitState(rename)}
            onSubmit={async (values) => {
              await rename.mutateAsync(values).then(
                () => done('Đã đổi tên chỉ tiêu.'),
                () => undefined,
              );
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
