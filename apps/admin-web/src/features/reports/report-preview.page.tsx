import { editionStatusLabels, formatPeriod } from '@khcn/domain';
import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { ReportDocumentView } from './preview/report-document.view.tsx';
import { ButtonLink } from '../../shared/router-links.tsx';

const route = getRouteApi('/_authed/reports/$period/preview');

/** The report as the public page will show it, from the edition's content. */
export function ReportPreviewPage() {
  const { period } = route.useParams();
  const { edition: editionId } = route.useSearch();
  const report = useQuery(trpc.reports.get.queryOptions(editionId ? { editionId } : { period }));
  if (!report.data)
    return <QueryState isLoading={report.isLoading} error={report.error} onRetry={() => report.refetch()} />;
  const { edition } = report.data;
  return (
    <Stack gap="md">
      <PageHeader
        printHidden
        title={`Xem trước báo cáo ${formatPeriod(edition.period)}`}
        description={`Lần ban hành ${edition.editionNo} · ${editionStatusLabels[edition.status]}`}
        actions={
          <Group gap="xs">
            <ButtonLink
              variant="default"
              to="/reports/$period"
              params={{ period: edition.period }}
              search={{}}
            >
              Về trang soạn thảo
            </ButtonLink>
            <Button variant="default" onClick={() => window.print()}>
              In
            </Button>
          </Group>
        }
      />
      {edition.status === 'draft' || edition.status === 'in_review' ? (
        <Alert color="blue" variant="light" data-print-hidden>
          Đây là bản xem trước: số văn bản và ngày ban hành được ghi khi lãnh đạo Sở phê duyệt. Tệp Word
          (.docx) chính thức được tạo khi xuất bản và có trên cổng thông tin cùng báo cáo.
        </Alert>
      ) : null}
      <Paper withBorder shadow="xs" p={0}>
        <ReportDocumentView edition={edition} />
      </Paper>
    </Stack>
  );
}
