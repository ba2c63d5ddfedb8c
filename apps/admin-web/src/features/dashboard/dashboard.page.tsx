import {
  addDays,
  editionStatusLabels,
  formatDate,
  formatDateTime,
  formatPeriod,
  isTaskOverdue,
  outlineNumber,
  type Section,
  type StTask,
  todayInVietnam,
} from '@khcn/domain';
import { Alert, Badge, Grid, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../../app/current-user.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { stageLabels, statusColor, triggerLabels } from '../publications/publication-status.ts';
import { CreateReportPanel } from '../reports/create-report.panel.tsx';
import { suggestedNextPeriod } from '../reports/reports.page.tsx';
import { statusColors } from '../reports/report-status.ts';
import { AnchorLink, ButtonLink } from '../../shared/router-links.tsx';
import { warningTextColor } from '../../app/theme.ts';

const hasContent = (s: Section) => s.blocks.length > 0 || s.facts.length > 0 || s.recordRefs.length > 0;

function CurrentReport({ period }: { period: string }) {
  const report = useQuery(trpc.reports.get.queryOptions({ period }));
  if (!report.data) return <QueryState isLoading={report.isLoading} error={report.error} />;
  const { edition, findings, can } = report.data;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const leaves = edition.content.sections.filter(
    (s) => !edition.content.sections.some((c) => c.parentKey === s.key),
  );
  // Counted over the same leaf sections as the line's first figure (headings of parts hold no content).
  const mine = new Set(can.editSections.filter((key) => leaves.some((s) => s.key === key)));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="current-report">
      <Stack gap="sm">
        <Title order={2} size="h4" id="current-report">
          Báo cáo {formatPeriod(edition.period)}{' '}
          <Badge variant="light" color={statusColors[edition.status]} ml="xs">
            {editionStatusLabels[edition.status]}
          </Badge>
        </Title>
        <Text size="sm">
          {leaves.filter(hasContent).length}/{leaves.length} mục có nội dung · {errors} lỗi, {warnings} cảnh
          báo đối chiếu số liệu
          {mine.size > 0 ? ` · bạn phụ trách ${mine.size} mục` : ''}
        </Text>
        {can.approve ? (
          <Alert color="blue" variant="light" title="Báo cáo đang chờ bạn phê duyệt">
            Xem lại nội dung rồi phê duyệt (báo cáo sẽ được công khai trên cổng thông tin) hoặc trả lại kèm lý
            do.
          </Alert>
        ) : null}
        {edition.returnReason && edition.status === 'draft' ? (
          <Alert color="orange" variant="light" title="Đã bị trả lại">
            {edition.returnReason}
          </Alert>
        ) : null}
        <Table.ScrollContainer minWidth={560}>
          <Table fz="sm" verticalSpacing={4} striped>
            <Table.Caption className="visually-hidden">Trạng thái các mục</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Mục</Table.Th>
                <Table.Th scope="col">Phòng</Table.Th>
                <Table.Th scope="col">Nội dung</Table.Th>
                <Table.Th scope="col">Đối chiếu</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {leaves.map((s) => {
                const e = findings.filter((f) => f.sectionKey === s.key && f.severity === 'error').length;
                const w = findings.filter((f) => f.sectionKey === s.key && f.severity === 'warning').length;
                return (
                  <Table.Tr key={s.key}>
                    <Table.Td>
                      <AnchorLink
                        to="/reports/$period"
                        params={{ period: edition.period }}
                        search={{ section: s.key }}
                        size="sm"
                      >
                        {outlineNumber(edition.content.sections, s.key)}. {s.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{s.division}</Table.Td>
                    <Table.Td>
                      {hasContent(s) ? (
                        'Có nội dung'
                      ) : (
                        <Text span c={warningTextColor} size="sm">
                          Chưa có
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {e > 0 ? (
                        <Text span c="red.9" size="sm" fw={600}>
                          {e} lỗi
                        </Text>
                      ) : w > 0 ? (
                        <Text span c={warningTextColor} size="sm">
                          {w} cảnh báo
                        </Text>
                      ) : (
                        'Khớp'
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ButtonLink to="/reports/$period" params={{ period: edition.period }} search={{}} w="fit-content">
          Mở báo cáo
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

function NeedsAttention() {
  const today = todayInVietnam(new Date());
  const listings = useQuery(
    trpc.records.list.queryOptions({
      kind: 'listing',
      activeOn: today,
      expiringBy: addDays(today, 14),
      page: 1,
      pageSize: 20,
    }),
  );
  const tasks = useQuery(trpc.records.list.queryOptions({ kind: 'task', page: 1, pageSize: 100 }));
  const overdue = (tasks.data?.items ?? []).filter((t) => isTaskOverdue(t.data as StTask, today));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attention">
      <Title order={2} size="h4" id="attention" mb="sm">
        Cần chú ý
      </Title>
      <QueryState isLoading={listings.isLoading || tasks.isLoading} error={listings.error ?? tasks.error} />
      <Text fw={600} size="sm">
        Tin sàn giao dịch sắp hết hạn (14 ngày tới)
      </Text>
      {listings.data?.items.length ? (
        <List size="sm" mb="sm">
          {listings.data.items.map((l) => (
            <List.Item key={l.data.id}>
              <AnchorLink to="/records/$kind/$id" params={{ kind: 'listing', id: l.data.id }} size="sm">
                {'title' in l.data ? l.data.title : l.data.id}
              </AnchorLink>{' '}
              — hết hạn {'expiresOn' in l.data ? formatDate(l.data.expiresOn) : ''}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed" mb="sm">
          Không có.
        </Text>
      )}
      <Text fw={600} size="sm">
        Nhiệm vụ quá hạn chưa nghiệm thu
      </Text>
      {overdue.length ? (
        <List size="sm">
          {overdue.map((t) => (
            <List.Item key={t.data.id}>
              <AnchorLink to="/records/$kind/$id" params={{ kind: 'task', id: t.data.id }} size="sm">
                {'title' in t.data ? t.data.title : t.data.id}
              </AnchorLink>
              {'endDate' in t.data && t.data.endDate ? ` — kết thúc ${formatDate(t.data.endDate)}` : ''}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          Không có.
        </Text>
      )}
    </Paper>
  );
}

function LastPublication() {
  const publications = useQuery(trpc.publications.list.queryOptions({ limit: 5 }));
  const latest = publications.data?.[0];
  const live = publications.data?.find((p) => p.status === 'live');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="last-publication">
      <Title order={2} size="h4" id="last-publication" mb="sm">
        Xuất bản gần nhất
      </Title>
      <QueryState isLoading={publications.isLoading} error={publications.error} />
      {latest ? (
        <Stack gap={4}>
          <Text size="sm">
            Lượt #{latest.seq} ({triggerLabels[latest.trigger] ?? latest.trigger}):{' '}
            <Badge variant="light" color={statusColor(latest.status)}>
              {stageLabels[latest.status] ?? latest.status}
            </Badge>
          </Text>
          <Text size="sm" c="dimmed">
            Yêu cầu lúc {formatDateTime(latest.requestedAt)}
          </Text>
          {latest.error ? (
            <Text size="sm" c="red.9">
              {latest.error}
            </Text>
          ) : null}
          {live && live.id !== latest.id ? <Text size="sm">Đang công khai: lượt #{live.seq}.</Text> : null}
          <AnchorLink to="/publications" size="sm">
            Xem chi tiết xuất bản
          </AnchorLink>
        </Stack>
      ) : publications.data ? (
        <Text size="sm" c="dimmed">
          Chưa có lượt xuất bản nào.
        </Text>
      ) : null}
    </Paper>
  );
}

export function DashboardPage() {
  const me = useCurrentUser();
  const reports = useQuery(trpc.reports.list.queryOptions({}));
  const latest = reports.data?.[0];
  const next = reports.data ? suggestedNextPeriod(reports.data) : null;
  const nextExists = reports.data?.some((r) => r.period === next);
  return (
    <Stack gap="md">
      <PageHeader title="Tổng quan" description={`Xin chào ${me.displayName}.`} />
      <QueryState query={reports} />
      {next && !nextExists && latest && latest.status !== 'draft' && latest.status !== 'in_review' ? (
        <CreateReportPanel period={next} />
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {latest ? (
            <CurrentReport period={latest.period} />
          ) : reports.data && next ? (
            <CreateReportPanel period={next} />
          ) : null}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <LastPublication />
            <NeedsAttention />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
