import { formatDateTime } from '@khcn/domain';
import { Alert, Badge, Button, Code, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeApiError } from '../../app/api-error.ts';
import type { RouterOutputs } from '../../app/api-types.ts';
import { useCan } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import {
  describeProgress,
  describeTarget,
  isPublicationRunning,
  pipelineStages,
  stageLabels,
  statusColor,
  triggerLabels,
} from './publication-status.ts';

type Publication = RouterOutputs['publications']['list'][number];

function activeStep(p: Publication): number {
  if (p.status === 'live' || p.status === 'superseded' || p.status === 'retired')
    return pipelineStages.length;
  const index = pipelineStages.indexOf(p.status as (typeof pipelineStages)[number]);
  if (index >= 0) return index;
  if (p.status === 'failed') {
    const lastStage = p.stages.at(-1)?.stage;
    const failedAt = pipelineStages.indexOf(lastStage as (typeof pipelineStages)[number]);
    return Math.max(failedAt, 0);
  }
  return 0;
}

function PublicationCard({
  publication,
  canRollback,
  onRollback,
}: {
  publication: Publication;
  canRollback: boolean;
  onRollback: (p: Publication) => void;
}) {
  const [showLog, setShowLog] = useState(
    publication.status === 'failed' || isPublicationRunning(publication.status),
  );
  const step = activeStep(publication);
  const log = publication.stages.flatMap((s) => [
    `[${stageLabels[s.stage] ?? s.stage}${s.target ? `: ${s.target.name}` : ''}] ${formatDateTime(s.startedAt)}`,
    ...s.log.map((l) => `  ${l}`),
  ]);
  // One upload per release target (the local folder, a host over SSH, an S3 bucket), with its progress.
  const uploads = publication.stages.filter((s) => s.stage === 'uploading' && s.target);
  return (
    <Paper withBorder p="md" aria-labelledby={`pub-${publication.id}`} component="section">
      <Group justify="space-between" mb="sm" gap="xs">
        <div>
          <Title order={2} size="h4" id={`pub-${publication.id}`}>
            Lượt xuất bản #{publication.seq}
          </Title>
          <Text size="sm" c="dimmed">
            {triggerLabels[publication.trigger] ?? publication.trigger} · yêu cầu lúc{' '}
            {formatDateTime(publication.requestedAt)}
            {publication.finishedAt ? ` · xong lúc ${formatDateTime(publication.finishedAt)}` : ''}
            {publication.pageCount ? ` · ${publication.pageCount} trang` : ''}
          </Text>
        </div>
        <Group gap="xs">
          <Badge size="lg" variant="light" color={statusColor(publication.status)}>
            {stageLabels[publication.status] ?? publication.status}
          </Badge>
          {canRollback && publication.status === 'retired' ? (
            <Button size="xs" variant="default" onClick={() => onRollback(publication)}>
              Quay lui về bản này
            </Button>
          ) : null}
        </Group>
      </Group>
      <Stepper
        active={step}
        size="xs"
        allowNextStepsSelect={false}
        color={publication.status === 'failed' ? 'red' : 'blue'}
      >
        {pipelineStages.map((stage, i) => (
          <Stepper.Step
            key={stage}
            label={stageLabels[stage]}
            loading={
              isPublicationRunning(publication.status) && publication.status !== 'queued' && i === step
            }
            color={publication.status === 'failed' && i === step ? 'red' : undefined}
          />
        ))}
      </Stepper>
      {uploads.length > 0 ? (
        <Stack gap={2} mt="sm" component="ul" style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>
          {uploads.map((s) => (
            <Text component="li" size="sm" key={`${s.target!.name}-${s.startedAt}`}>
              <Text span fw={600}>
                {describeTarget(s.target!)}
              </Text>
              {': '}
              {s.ok === false ? 'lỗi; ' : s.ok === null ? 'đang tải lên; ' : 'xong; '}
              {s.progress ? describeProgress(s.progress) : 'chưa gửi tệp nào'}
            </Text>
          ))}
        </Stack>
      ) : null}
      {publication.error ? (
        <Alert color="red" variant="light" mt="sm" title="Lỗi">
          {publication.error}
        </Alert>
      ) : null}
      <Button
        variant="subtle"
        size="xs"
        mt="sm"
        onClick={() => setShowLog((v) => !v)}
        aria-expanded={showLog}
      >
        {showLog ? 'Ẩn nhật ký' : 'Xem nhật ký'}
      </Button>
      {showLog ? (
        <Code
          block
          mt="xs"
          // A scrollable log must be reachable by keyboard (WCAG 2.1.1).
          tabIndex={0}
          aria-label={`Nhật ký lượt xuất bản #${publication.seq}`}
          style={{ maxHeight: 240, overflow: 'auto' }}
        >
          {log.length > 0 ? log.join('\n') : 'Chưa có nhật ký.'}
        </Code>
      ) : null}
    </Paper>
  );
}

/** The site's builds: live one, running ones advancing stage by stage (polled), failures with their log. */
export function PublicationsPage() {
  const canRollback = useCan('publication.rollback');
  const canPublish = useCan('publication.publish');
  const queryClient = useQueryClient();
  const rollback = useMutation(trpc.publications.rollback.mutationOptions());
  const publishNow = useMutation(trpc.publications.publishNow.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.publications.list.queryKey() });
  const confirmRollback = (p: Publication) =>
    modals.openConfirmModal({
      title: `Quay lui về lượt xuất bản #${p.seq}?`,
      children: (
        <Text size="sm">
          Cổng thông tin sẽ hiển thị ngay bản đã công khai lúc{' '}
          {formatDateTime(p.liveAt ?? p.finishedAt ?? p.requestedAt)}. Dữ liệu báo cáo không thay đổi: lần phê
          duyệt sau sẽ công khai lại trạng thái mới nhất. Thao tác được ghi vào nhật ký.
        </Text>
      ),
      labels: { confirm: 'Quay lui', cancel: 'Hủy' },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        rollback.mutate(
          { id: p.id },
          {
            onSuccess: async () => {
              notifications.show({ color: 'green', message: `Đã quay lui về lượt xuất bản #${p.seq}.` });
              await refresh();
            },
            onError: (e) => notifications.show({ color: 'red', message: describeApiError(e) }),
          },
        ),
    });
  const confirmPublish = () =>
    modals.openConfirmModal({
      title: 'Xuất bản lại cổng thông tin?',
      children: (
        <Text size="sm">
          Cổng thông tin được dựng lại từ các báo cáo đã phê duyệt, kiểm tra, rồi chuyển sang bản mới. Bản
          đang công khai giữ nguyên cho đến khi bản mới sẵn sàng.
        </Text>
      ),
      labels: { confirm: 'Xuất bản', cancel: 'Hủy' },
      onConfirm: () =>
        publishNow.mutate(undefined, {
          onSuccess: async () => {
            notifications.show({ color: 'green', message: 'Đã xếp lịch xuất bản.' });
            await refresh();
          },
          onError: (e) => notifications.show({ color: 'red', message: describeApiError(e) }),
        }),
    });
  const publications = useQuery({
    ...trpc.publications.list.queryOptions({ limit: 20 }),
    refetchInterval: (query) =>
      query.state.data?.some((p) => isPublicationRunning(p.status)) ? 1500 : 10_000,
  });
  const live = publications.data?.find((p) => p.status === 'live');
  const running = publications.data?.some((p) => isPublicationRunning(p.status));
  return (
    <Stack gap="md">
      <PageHeader
        title="Xuất bản cổng thông tin"
        description="Mỗi lần phê duyệt báo cáo, cổng thông tin được dựng lại, kiểm tra rồi mới chuyển sang bản mới."
        actions={
          canPublish ? (
            <Button variant="default" onClick={confirmPublish} loading={publishNow.isPending}>
              Xuất bản lại ngay
            </Button>
          ) : undefined
        }
      />
      <Text size="sm" role="status" aria-live="polite">
        {live
          ? `Bản đang công khai: lượt #${live.seq}, từ ${formatDateTime(live.liveAt ?? live.finishedAt ?? live.requestedAt)}.`
          : 'Chưa có bản nào đang công khai.'}
        {running ? ' Đang có lượt xuất bản chạy; trang tự cập nhật.' : ''}
      </Text>
      <QueryState
        isLoading={publications.isLoading}
        error={publications.error}
        onRetry={() => publications.refetch()}
      />
      {publications.data?.length === 0 ? <Text>Chưa có lượt xuất bản nào.</Text> : null}
      {publications.data?.map((p) => (
        <PublicationCard key={p.id} publication={p} canRollback={canRollback} onRollback={confirmRollback} />
      ))}
    </Stack>
  );
}
