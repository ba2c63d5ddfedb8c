import {
  eventKinds,
  formatDate,
  formatNumber,
  inspectionKinds,
  isListingExpired,
  listingKinds,
  listingStatuses,
  publicationKinds,
  type RecordKind,
  taskEventKinds,
  taskLevels,
  taskStage,
  todayInVietnam,
} from '@khcn/domain';
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

type Data = Record<string, any>;
export type RecordColumn = { id: string; header: string; cell: (d: Data) => ReactNode };

const date = (v: unknown) => (typeof v === 'string' && v ? formatDate(v) : '—');
const period = (v: unknown) => (typeof v === 'string' ? `${v.slice(5)}/${v.slice(0, 4)}` : '—');
const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '—');

/** The columns of each kind's list besides the title (which links to the form). */
export const recordColumns: Record<RecordKind, RecordColumn[]> = {
  task: [
    { id: 'code', header: 'Mã số', cell: (d) => d.code ?? '—' },
    { id: 'level', header: 'Cấp', cell: (d) => taskLevels[d.level as keyof typeof taskLevels] ?? d.level },
    { id: 'host', header: 'Tổ chức chủ trì', cell: (d) => d.hostOrganisation ?? '—' },
    {
      id: 'stage',
      header: 'Giai đoạn',
      cell: (d) => {
        const stage = taskStage({ events: d.events ?? [] });
        return stage ? taskEventKinds[stage] : 'Chưa có mốc';
      },
    },
    { id: 'end', header: 'Kết thúc', cell: (d) => date(d.endDate) },
  ],
  appraisal: [
    { id: 'period', header: 'Kỳ', cell: (d) => period(d.period) },
    { id: 'sector', header: 'Lĩnh vực đầu tư', cell: (d) => d.sector },
  ],
  transfer: [
    { id: 'period', header: 'Kỳ', cell: (d) => period(d.period) },
    { id: 'cert', header: 'Số giấy chứng nhận', cell: (d) => d.certificateNumber ?? '—' },
    { id: 'issued', header: 'Ngày cấp', cell: (d) => date(d.issuedOn) },
  ],
  event: [
    { id: 'period', header: 'Kỳ', cell: (d) => period(d.period) },
    { id: 'kind', header: 'Loại', cell: (d) => eventKinds[d.kind as keyof typeof eventKinds] },
    { id: 'sessions', header: 'Số lớp/cuộc', cell: (d) => num(d.sessions) },
    { id: 'attendees', header: 'Người tham dự', cell: (d) => num(d.attendees) },
  ],
  listing: [
    { id: 'kind', header: 'Loại tin', cell: (d) => listingKinds[d.kind as keyof typeof listingKinds] },
    { id: 'owner', header: 'Chủ sở hữu', cell: (d) => d.owner },
    {
      id: 'status',
      header: 'Trạng thái',
      cell: (d) => {
        const expired = isListingExpired(
          { status: d.status, expiresOn: d.expiresOn },
          todayInVietnam(new Date()),
        );
        return (
          <Badge variant="light" color={expired ? 'red' : 'green'}>
            {expired && d.status === 'active'
              ? 'Hết hạn'
              : listingStatuses[d.status as keyof typeof listingStatuses]}
          </Badge>
        );
      },
    },
    { id: 'expires', header: 'Hết hạn', cell: (d) => date(d.expiresOn) },
  ],
  publication: [
    { id: 'kind', header: 'Loại', cell: (d) => publicationKinds[d.kind as keyof typeof publicationKinds] },
    { id: 'issue', header: 'Số', cell: (d) => (d.issueNumber ? `${d.issueNumber}/${d.year}` : d.year) },
    { id: 'run', header: 'Số lượng in', cell: (d) => num(d.printRun) },
    { id: 'pdf', header: 'Tệp PDF', cell: (d) => (d.pdfFileId ? 'Có' : 'Chưa có') },
  ],
  inspection: [
    { id: 'period', header: 'Kỳ', cell: (d) => period(d.period) },
    { id: 'kind', header: 'Loại', cell: (d) => inspectionKinds[d.kind as keyof typeof inspectionKinds] },
    { id: 'area', header: 'Lĩnh vực', cell: (d) => d.subjectArea },
    { id: 'entities', header: 'Số đối tượng', cell: (d) => num(d.entityCount) },
  ],
};
