import {
  describeEditionStanding,
  editionStandingOf,
  formatDate,
  formatDateTime,
  formatReportNumber,
} from '@khcn/domain';
import type { EditionHistoryEntry } from '@khcn/admin-router';
import { Badge, Table } from '@mantine/core';
import { standingColors } from './report-status.ts';

/** What the table shows of an edition (`reports.history` gives more). */
export type EditionHistoryRow = Pick<
  EditionHistoryEntry,
  'id' | 'editionNo' | 'status' | 'number' | 'issuedOn' | 'changeNote' | 'updatedAt'
>;

/**
 * The editions of one report, oldest first. An edition a later approved correction replaced reads "Đã được thay
 * thế bởi lần N", never "Đã công khai": only one edition is the report in force.
 */
export function EditionHistoryTable({ editions }: { editions: readonly EditionHistoryRow[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder striped>
        <Table.Caption className="visually-hidden">Các lần ban hành</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Lần</Table.Th>
            <Table.Th scope="col">Trạng thái</Table.Th>
            <Table.Th scope="col">Số, ngày ban hành</Table.Th>
            <Table.Th scope="col">Nội dung đính chính</Table.Th>
            <Table.Th scope="col">Cập nhật</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {editions.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{e.editionNo}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={standingColors[editionStandingOf(e, editions).standing]}>
                  {describeEditionStanding(e, editions)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {e.number ? formatReportNumber(e.number.sequence, e.number.symbol) : '—'}
                {e.issuedOn ? `, ${formatDate(e.issuedOn)}` : ''}
              </Table.Td>
              <Table.Td>{e.changeNote ?? (e.editionNo === 1 ? 'Bản đầu tiên' : '—')}</Table.Td>
              <Table.Td>{formatDateTime(e.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
