import {
  editionStatusLabels,
  formatDate,
  formatDateTime,
  formatPeriod,
  formatReportNumber,
  nextPeriod,
  periodOfDate,
  todayInVietnam,
} from '@khcn/domain';
import { Badge, Group, Stack } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { RouterOutputs } from '../../app/api-types.ts';
import { trpc } from '../../app/trpc.ts';
import { DataTable } from '../../shared/data-table.tsx';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { CreateReportPanel } from './create-report.panel.tsx';
import { statusColors } from './report-status.ts';
import { AnchorLink } from '../../shared/router-links.tsx';

type ReportSummary = RouterOutputs['reports']['list'][number];
const column = createColumnHelper<ReportSummary>();

/** The period to start next: the month after the latest report (reports are written after the month ends). */
export function suggestedNextPeriod(
  reports: readonly { period: string }[],
  today = todayInVietnam(new Date()),
): string {
  const latest = reports
    .map((r) => r.period)
    .sort()
    .at(-1);
  return latest ? nextPeriod(latest) : periodOfDate(today);
}

export function ReportsPage() {
  const reports = useQuery(trpc.reports.list.queryOptions({}));
  const [chosen, setChosen] = useState<string | null>(null);
  const columns = useMemo(
    () => [
      column.accessor('period', {
        header: 'Kỳ báo cáo',
        cell: (c) => (
          <AnchorLink to="/reports/$period" params={{ period: c.getValue() }} search={{}}>
            Báo cáo {formatPeriod(c.getValue())}
          </AnchorLink>
        ),
      }),
      column.accessor('status', {
        header: 'Trạng thái',
        cell: (c) => (
          <Badge variant="light" color={statusColors[c.getValue()]}>
            {editionStatusLabels[c.getValue()]}
          </Badge>
        ),
      }),
      column.accessor('latestEditionNo', { header: 'Lần ban hành' }),
      column.accessor('number', {
        header: 'Số văn bản',
        cell: (c) => {
          const n = c.getValue();
          return n ? formatReportNumber(n.sequence, n.symbol).replace('Số: ', '') : '—';
        },
      }),
      column.accessor('issuedOn', {
        header: 'Ngày ban hành',
        cell: (c) => (c.getValue() ? formatDate(c.getValue()!) : '—'),
      }),
      column.accessor('updatedAt', { header: 'Cập nhật', cell: (c) => formatDateTime(c.getValue()) }),
    ],
    [],
  );
  const existing = new Set((reports.data ?? []).map((r) => r.period));
  const next = reports.data ? suggestedNextPeriod(reports.data) : null;
  const target = chosen ?? next;
  return (
    <Stack gap="md">
      <PageHeader
        title="Báo cáo tháng"
        description="Mỗi tháng một báo cáo; bản đính chính là các lần ban hành tiếp theo."
      />
      <QueryState query={reports} />
      {target && !existing.has(target) ? <CreateReportPanel period={target} /> : null}
      <Group>
        <MonthPickerInput
          label="Tạo báo cáo cho tháng khác"
          placeholder="Chọn tháng"
          valueFormat="MM/YYYY"
          value={chosen ? `${chosen}-01` : null}
          onChange={(v) => setChosen(v ? v.slice(0, 7) : null)}
          clearable
          w={240}
        />
      </Group>
      {reports.data ? (
        <DataTable
          caption="Các báo cáo tháng"
          columns={columns}
          data={reports.data}
          getRowId={(r) => r.id}
          emptyMessage="Chưa có báo cáo nào."
        />
      ) : null}
    </Stack>
  );
}
