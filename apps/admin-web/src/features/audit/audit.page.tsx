import { formatDateTime, formatNumber } from '@khcn/domain';
import {
  Autocomplete,
  Badge,
  Button,
  Code,
  Group,
  Pagination,
  Select,
  Spoiler,
  Stack,
  Text,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { RouterOutputs } from '../../app/api-types.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { DataTable } from '../../shared/data-table.tsx';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { endOfVietnamDay, startOfVietnamDay } from '../../shared/vietnam-time.ts';

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
  'users.create': 'Tạo tài khoản',
  'users.update': 'Sửa tài khoản',
  'users.resetPassword': 'Đặt lại mật khẩu',
  'reports.create': 'Tạo báo cáo',
  'reports.updateSection': 'Sửa mục báo cáo',
  'reports.updateFrame': 'Sửa phần khung báo cáo',
  'reports.submit': 'Trình báo cáo',
  'reports.return': 'Trả lại báo cáo',
  'reports.approve': 'Phê duyệt báo cáo',
  'reports.openCorrection': 'Mở đính chính',
  'records.create': 'Thêm hồ sơ',
  'records.update': 'Sửa hồ sơ',
  'publications.rollback': 'Quay lại bản công khai trước',
};

const actionLabel = (action: string) => actionLabels[action] ?? action;

function JsonPreview({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Spoiler maxHeight={60} showLabel="Xem thêm" hideLabel="Thu gọn">
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      </Spoiler>
    </div>
  );
}

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
            {c.row.original.entityKind}
            {c.row.original.entityId ? ` · ${c.row.original.entityId}` : ''}
          </Text>
        ),
      }),
      column.accessor('outcome', {
        header: 'Kết quả',
        cell: (c) =>
          c.getValue() === 'ok' ? (
            <Badge color="green" variant="light" c="green.9">
              Thành công
            </Badge>
          ) : (
            <Badge color="red" variant="light">
              Bị từ chối
            </Badge>
          ),
      }),
      column.display({
        id: 'changes',
        header: 'Thay đổi',
        cell: (c) => (
          <Stack gap={4} maw={360}>
            <JsonPreview label="Trước" value={c.row.original.before} />
            <JsonPreview label="Sau" value={c.row.original.after} />
          </Stack>
        ),
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
        <Autocomplete
          label="Loại đối tượng"
          placeholder="VD: report, user, record"
          data={['report', 'edition', 'section', 'record', 'user', 'session', 'publication']}
          value={search.entityKind ?? ''}
          onChange={(v) => setFilter({ entityKind: v.trim() || undefined })}
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
      <QueryState isLoading={entries.isLoading} error={entries.error} onRetry={() => entries.refetch()} />
      {entries.data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {formatNumber(total)} mục
          </Text>
          <DataTable
            caption="Nhật ký thao tác"
            columns={columns}
            data={entries.data.items}
            getRowId={(e) => String(e.id)}
            emptyMessage="Không có mục nào khớp bộ lọc."
            minWidth={900}
          />
          {total > PAGE_SIZE ? (
            <Pagination
              total={Math.ceil(total / PAGE_SIZE)}
              value={page}
              onChange={(p) => navigate({ search: (prev) => ({ ...prev, page: p }) })}
              getItemProps={(p) => ({ 'aria-label': `Trang ${p}` })}
              aria-label="Phân trang"
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
