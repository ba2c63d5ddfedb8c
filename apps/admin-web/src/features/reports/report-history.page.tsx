import { describeEditionStanding, formatPeriod } from '@khcn/domain';
import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { RouterOutputs } from '../../app/api-types.ts';
import { trpc } from '../../app/trpc.ts';
import { PageHeader } from '../../shared/page-header.tsx';
import { QueryState } from '../../shared/query-state.tsx';
import { EditionHistoryTable } from './edition-history.table.tsx';
import { ButtonLink } from '../../shared/router-links.tsx';

const route = getRouteApi('/_authed/reports/$period/history');
type EditionDiff = RouterOutputs['reports']['diff'];
type DiffLine = EditionDiff['sections'][number]['lines'][number];

function DiffLines({ lines }: { lines: DiffLine[] }) {
  return (
    <Stack gap={2}>
      {lines.map((line, i) => {
        const key = `${i}-${line.kind}`;
        if (line.kind === 'changed') {
          return (
            <Text key={key} size="sm" component="p" m={0}>
              {line.parts.map((part, j) =>
                part.kind === 'same' ? (
                  <span key={`${j}-s`}>{part.text}</span>
                ) : part.kind === 'added' ? (
                  <ins
                    key={`${j}-a`}
                    style={{ background: 'var(--mantine-color-green-1)', textDecoration: 'underline' }}
                  >
                    {part.text}
                  </ins>
                ) : (
                  <del key={`${j}-r`} style={{ background: 'var(--mantine-color-red-1)' }}>
                    {part.text}
                  </del>
                ),
              )}
            </Text>
          );
        }
        if (line.kind === 'same') return null;
        const Tag = line.kind === 'added' ? 'ins' : 'del';
        return (
          <Text key={key} size="sm" component="p" m={0}>
            <Tag
              style={{
                background:
                  line.kind === 'added' ? 'var(--mantine-color-green-1)' : 'var(--mantine-color-red-1)',
                textDecoration: line.kind === 'added' ? 'underline' : 'line-through',
              }}
            >
              {line.kind === 'added' ? 'Thêm: ' : 'Bỏ: '}
              {line.text}
            </Tag>
          </Text>
        );
      })}
    </Stack>
  );
}

function DiffView({ diff }: { diff: EditionDiff }) {
  const changed = diff.sections.filter((s) => s.status !== 'unchanged');
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Khác nhau giữa lần {diff.from.editionNo} và lần {diff.to.editionNo}
      </Title>
      {diff.frame.length === 0 && changed.length === 0 ? <Text size="sm">Hai bản giống nhau.</Text> : null}
      {diff.frame.map((f) => (
        <Paper key={f.field} withBorder p="sm">
          <Text fw={600} size="sm" mb={4}>
            Phần khung: {f.field}
          </Text>
          <DiffLines lines={f.lines} />
        </Paper>
      ))}
      {changed.map((s) => (
        <Paper key={s.key} withBorder p="sm">
          <Group gap="xs" mb={4}>
            <Text fw={600} size="sm">
              Mục {s.number}. {s.title}
            </Text>
            <Badge
              size="sm"
              variant="light"
              color={s.status === 'added' ? 'green' : s.status === 'removed' ? 'red' : 'blue'}
            >
              {s.status === 'added' ? 'Mục mới' : s.status === 'removed' ? 'Mục bị bỏ' : 'Có sửa đổi'}
            </Badge>
          </Group>
          {s.titleChange ? (
            <Text size="sm">
              Tiêu đề: <del>{s.titleChange.before}</del> → <ins>{s.titleChange.after}</ins>
            </Text>
          ) : null}
          <DiffLines lines={s.lines} />
          {s.facts.length > 0 ? (
            <Table mt="xs" withTableBorder fz="sm">
              <Table.Caption className="visually-hidden">Số liệu thay đổi ở mục {s.number}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Số liệu</Table.Th>
                  <Table.Th scope="col">Trước</Table.Th>
                  <Table.Th scope="col">Sau</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.facts.map((f) => (
                  <Table.Tr key={`${f.indicator}-${f.label}-${f.before}-${f.after}`}>
                    <Table.Td>{f.label}</Table.Td>
                    <Table.Td>{f.before ?? '—'}</Table.Td>
                    <Table.Td>{f.after ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}

/** Every edition of the period's report with its change note, and the differences between any two. */
export function ReportHistoryPage() {
  const { period } = route.useParams();
  const history = useQuery(trpc.reports.history.queryOptions({ period }));
  const editions = history.data?.editions ?? [];
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const from = fromId ?? editions.at(-2)?.id ?? null;
  const to = toId ?? editions.at(-1)?.id ?? null;
  const diff = useQuery({
    ...trpc.reports.diff.queryOptions({ fromEditionId: from ?? '', toEditionId: to ?? '' }),
    enabled: Boolean(from && to && from !== to),
  });
  const options = editions.map((e) => ({
    value: e.id,
    label: `Lần ${e.editionNo} — ${describeEditionStanding(e, editions)}`,
  }));
  return (
    <Stack gap="md">
      <PageHeader
        title={`Lịch sử báo cáo ${formatPeriod(period)}`}
        actions={
          <ButtonLink variant="default" to="/reports/$period" params={{ period }} search={{}}>
            Về trang soạn thảo
          </ButtonLink>
        }
      />
      <QueryState query={history} />
      {editions.length > 0 ? <EditionHistoryTable editions={editions} /> : null}
      {editions.length > 1 ? (
        <Group align="flex-end">
          <Select
            label="So sánh từ"
            data={options}
            value={from}
            onChange={setFromId}
            allowDeselect={false}
            w={260}
          />
          <Select label="Đến" data={options} value={to} onChange={setToId} allowDeselect={false} w={260} />
        </Group>
      ) : editions.length === 1 ? (
        <Text size="sm" c="dimmed">
          Báo cáo mới có một lần ban hành; khi có đính chính, có thể so sánh các lần với nhau.
        </Text>
      ) : null}
      {diff.isLoading ? <QueryState isLoading error={null} /> : null}
      {diff.error ? <QueryState isLoading={false} error={diff.error} /> : null}
      {diff.data ? <DiffView diff={diff.data} /> : null}
    </Stack>
  );
}
