import { formatPeriod, previousPeriod } from '@khcn/domain';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { describeApiError } from '../../app/api-error.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';

/** Starts the report of a period: from last month's (outline, narrative, figures, ongoing records) or blank. */
export function CreateReportPanel({ period, headingLevel = 2 }: { period: string; headingLevel?: 2 | 3 }) {
  const canCreate = useCan('report.create');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.reports.create.mutationOptions());
  const start = (fromPreviousMonth: boolean) =>
    create.mutate(
      { period, fromPreviousMonth },
      {
        onSuccess: async () => {
          notifications.show({ color: 'green', message: `Đã tạo báo cáo ${formatPeriod(period)}.` });
          await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
          await navigate({ to: '/reports/$period', params: { period }, search: {} });
        },
      },
    );
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={headingLevel} size="h3">
          Báo cáo {formatPeriod(period)} chưa được tạo
        </Title>
        {canCreate ? (
          <>
            <Text size="sm">
              Bắt đầu từ báo cáo {formatPeriod(previousPeriod(period))}: giữ đề cương, lời văn và số liệu để
              sửa lại cho tháng này; nhiệm vụ và tin sàn giao dịch còn hiệu lực vẫn được liên kết.
            </Text>
            {create.error ? (
              <Alert color="red" variant="light" role="alert">
                {describeApiError(create.error)}
              </Alert>
            ) : null}
            <Group gap="sm">
              <Button
                onClick={() => start(true)}
                loading={create.isPending && create.variables?.fromPreviousMonth}
              >
                Bắt đầu tháng này từ tháng trước
              </Button>
              <Button
                variant="default"
                onClick={() => start(false)}
                loading={create.isPending && !create.variables?.fromPreviousMonth}
              >
                Tạo báo cáo trống (chỉ có đề cương)
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm">Chuyên viên, trưởng phòng, lãnh đạo hoặc văn thư có thể tạo báo cáo này.</Text>
        )}
      </Stack>
    </Paper>
  );
}
