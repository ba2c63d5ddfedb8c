import {
  endOfVietnamDay,
  formatDateTime,
  formatNumber,
  recordKindName,
  recordKinds,
  startOfVietnamDay,
} from '@khcn/domain';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { RouterOutputs } from '../../app/api-types.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { PagedTable } from '../../shared/query-table.tsx';
import { successTextColor } from '../../app/theme.ts';
import { AuditChanges } from './audit-changes.view.tsx';

const route = getRouteApi('/_authed/audit');
const PAGE_SIZE = 50;

type Entry = RouterOutputs['audit']['list']['items'][number];
const column = createColumnHelper<Entry>();

/** Vietnamese names of the recorded actions; unknown ones are shown as recorded. */
const actionLabels: Record<string, string> = {
  'auth.signIn': 'Đăng nhập',
  'auth.signOut': 'Đăng xuất',
  'auth.signOutEverywhere': 'Đăng xuất mọi nơi',
  'auth.changePassword': 'Đổi mật khẩu',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.resetPassword': 'Đặt lại mật khẩu',
  'report.create': 'Tạo báo cáo',
  'report.updateSection': 'Sửa mục báo cáo',
  'report.updateFrame': 'Sửa phần khung báo cáo',
  'report.submit': 'Trình báo cáo',
  'report.return': 'Trả lại báo cáo',
  'report.approve': 'Phê duyệt báo cáo',
  'report.openCorrection': 'Mở đính chính',
  'record.create': 'Thêm hồ sơ',
  'record.update': 'Sửa hồ sơ',
  'record.renewListing': 'Gia hạn tin',
  'record.expireListing': 'Cho tin hết hạn',
  'record.uploadPublicationPdf': 'Tải lên PDF ấn phẩm',
  'organisation.create': 'Thêm tổ chức',
  'organisation.update': 'Sửa tổ chức',
  'seed.import': 'Nạp dữ liệu mẫu',
  'publication.request': 'Yêu cầu xuất bản cổng thông tin',
  'publication.live': 'Cổng thông tin chuyển sang bản mới',
  'publication.rollback': 'Quay lui cổng thông tin',
  'settings.updateSite': 'Sửa thông tin đơn vị',
};

const entityKindLabels: Record<string, string> = {
  user: 'Tài khoản',
  publication: 'Lượt xuất bản',
  settings: 'Cài đặt',
  report_edition: 'Báo cáo',
  report_section: 'Mục báo cáo',
  organisation: 'Tổ chức',
  // Records are audited as `record.<kind>` and named as the registry names a record of the kind.
  ...Object.fromEntries(recordKinds.map((kind) => [`record.${kind}`, recordKindName(kind)])),
};

const actionLabel = (action: string) => actionLabels[action] ?? action;

export function AuditPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canRead = useCan('audit.read');
  const canListUsers = useCan('user.manage');
  const page = search.page ?? 1;
  const entries = useQuery({
    ...trpc.audit.list.queryOptions({
      page,
      pageSize: PAGE_SIZE,
      actorId: search.actorId,
      action: search.action,
      entityKind: search.entityKind,
      from: search.from ? startOfVietnamDay(search.from) : undefined,
      to: search.to ? endOfVietnamDay(search.to) : undefined,
    }),
    enabled: canRead,
    placeholderData: (previous) => previous,
  });
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: canListUsers });

  const actorOptions = useMemo(() => {
    const byId = new Map<string, string>();
    for (const u of users.data ?? []) byId.set(u.id, u.displayName);
    for (const e of entries.data?.items ?? []) if (e.actorId) byId.set(e.actorId, e.actorName ?? e.actorId);
    if (search.actorId && !byId.has(search.actorId)) byId.set(search.actorId, search.actorId);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [users.data, entries.data, search.actorId]);

  const columns = useMemo(
    () => [
      column.accessor('at', { header: 'Thời điểm', cell: (c) => formatDateTime(c.getValue()), size: 140 }),
      column.accessor('actorName', { header: 'Người thực hiện', cell: (c) => c.getValue() ?? 'Hệ thống' }),
      column.accessor('action', { header: 'Thao tác', cell: (c) => actionLabel(c.getValue()) }),
      column.display({
        id: 'entity',
        header: 'Đối tượng',
        cell: (c) => (
          <Text size="sm">
            {entityKindLabels[c.row.original.entityKind] ?? c.row.original.entityKind}
            {c.row.original.entityName ? (
              <Text span size="xs" c="dimmed" display="block">
                {c.row.original.entityName}
              </Text>
            ) : null}
          </Text>
        ),
      }),
      column.accessor('outcome', {
        header: 'Kết quả',
        cell: (c) =>
          c.getValue() === 'ok' ? (
            <Text size="sm" c={successTextColor}>
              Thành công
            </Text>
          ) : (
            <Text size="sm" c="red.9" fw={600}>
              Bị từ chối
            </Text>
          ),
      }),
      column.display({
        id: 'changes',
        header: 'Thay đổi',
        cell: (c) => <AuditChanges changes={c.row.original.changes} />,
      }),
    ],
    [],
  );

  if (!canRead) {
    return <Text>Bạn không có quyền xem nhật ký thao tác.</Text>;
  }

  const setFilter = (patch: Partial<typeof search>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }) });
  const total = entries.data?.total ?? 0;
  const knownActions = Object.keys(actionLabels).map((value) => ({ value, label: actionLabel(value) }));

  return (
    <Stack gap="md">
      <PageHeader title="Nhật ký thao tác" description="Ai đã làm gì, với đối tượng nào, vào lúc nào." />
      <Group align="flex-end" gap="sm" role="search" aria-label="Lọc nhật ký">
        <Select
          label="Người thực hiện"
          placeholder="Tất cả"
          data={actorOptions}
          value={search.actorId ?? null}
          onChange={(v) => setFilter({ actorId: v ?? undefined })}
          clearable
          searchable
          w={220}
        />
        <Select
          label="Thao tác"
          placeholder="Tất cả"
          data={knownActions}
          value={search.action ?? null}
          onChange={(v) => setFilter({ action: v ?? undefined })}
          clearable
          searchable
          w={220}
        />
        <Select
          label="Loại đối tượng"
          placeholder="Tất cả"
          data={Object.entries(entityKindLabels).map(([value, label]) => ({ value, label }))}
          value={search.entityKind ?? null}
          onChange={(v) => setFilter({ entityKind: v ?? undefined })}
          clearable
          searchable
          w={200}
        />
        <DatePickerInput
          type="range"
          label="Khoảng thời gian"
          placeholder="Chọn ngày"
          valueFormat="DD/MM/YYYY"
          value={[search.from ?? null, search.to ?? null]}
          onChange={([from, to]) => setFilter({ from: from ?? undefined, to: to ?? undefined })}
          clearable
          w={260}
        />
        <Button
          variant="default"
          onClick={() => navigate({ search: {} })}
          disabled={!search.actorId && !search.action && !search.entityKind && !search.from && !search.to}
        >
          Bỏ lọc
        </Button>
      </Group>
      <QueryState query={entries} />
      {entries.data ? (
        <PagedTable
          count={`${formatNumber(total)} mục`}
          pageCount={Math.ceil(total / PAGE_SIZE)}
          page={page}
          onPage={(p) => navigate({ search: (prev) => ({ ...prev, page: p }) })}
          caption="Nhật ký thao tác"
          columns={columns}
          data={entries.data.items}
          getRowId={(e) => String(e.id)}
          emptyMessage="Không có mục nào khớp bộ lọc."
          minWidth={900}
        />
      ) : null}
    </Stack>
  );
}
