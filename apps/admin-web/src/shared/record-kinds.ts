import type { RecordKind } from '@khcn/domain';

/** The record areas of the admin app: the seven kinds a report links, and the organisations catalogue. */
export type RecordArea = RecordKind | 'organisation';

export const recordAreaLabels: Record<RecordArea, string> = {
  task: 'Nhiệm vụ KH&CN',
  appraisal: 'Ý kiến, thẩm định công nghệ',
  transfer: 'Đăng ký chuyển giao công nghệ',
  event: 'Hội thảo, tập huấn',
  listing: 'Sàn giao dịch công nghệ',
  publication: 'Bản tin, ấn phẩm',
  inspection: 'Thanh tra, kiểm tra',
  organisation: 'Tổ chức',
};

/** Singular nouns for buttons and headings ("Thêm nhiệm vụ"). */
export const recordAreaNouns: Record<RecordArea, string> = {
  task: 'nhiệm vụ',
  appraisal: 'ý kiến công nghệ',
  transfer: 'đăng ký chuyển giao',
  event: 'hội thảo, lớp tập huấn',
  listing: 'tin chào bán, nhu cầu',
  publication: 'ấn phẩm',
  inspection: 'cuộc thanh tra, kiểm tra',
  organisation: 'tổ chức',
};

export const recordAreas = Object.keys(recordAreaLabels) as RecordArea[];

export function isRecordArea(value: string): value is RecordArea {
  return value in recordAreaLabels;
}
