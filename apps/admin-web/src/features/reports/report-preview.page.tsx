import { describeEditionStanding, formatPeriod } from '@khcn/domain';
import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeApiError } from '../../app/api-error.ts';
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
  const queryClient = useQueryClient();
  const [downloading, setDownloading] = useState<'docx' | 'pdf' | null>(null);
  const download = async (id: string, format: 'docx' | 'pdf') => {
    setDownloading(format);
    try {
      const doc = await queryClient.fetchQuery({
        ...trpc.reports.document.queryOptions({ editionId: id, format }),
        staleTime: 0,
      });
      const bytes = Uint8Array.from(atob(doc.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: doc.mediaType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = doc.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      notifications.show({ color: 'red', message: describeApiError(error) });
    } finally {
      setDownloading(null);
    }
  };
  if (!report.data) return <QueryState query={report} />;
  const { edition } = report.data;
  return (
    <Stack gap="md">
      <PageHeader
        printHidden
        title={`Xem trước báo cáo ${formatPeriod(edition.period)}`}
        description={`Lần ban hành ${edition.editionNo} · ${describeEditionStanding(edition, report.data.editions)}`}
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
            {(['docx', 'pdf'] as const).map((format) => (
              <Button
                key={format}
                variant="default"
                loading={downloading === format}
                onClick={() => download(edition.id, format)}
              >
                Tải văn bản (.{format})
              </Button>
            ))}
          </Group>
        }
      />
      {edition.status === 'draft' || edition.status === 'in_review' ? (
        <Alert color="blue" variant="light" data-print-hidden>
          Đây là bản xem trước: số văn bản và ngày ban hành được ghi khi lãnh đạo Sở phê duyệt. Văn bản tải về
          lúc này mang dấu “DỰ THẢO”; văn bản chính thức được tạo khi phê duyệt và công khai cùng báo cáo.
        </Alert>
      ) : null}
      <Paper withBorder shadow="xs" p={0}>
        <ReportDocumentView edition={edition} />
      </Paper>
    </Stack>
  );
}
