import { type RecordKind, recordKindRegistry, recordKinds } from '@khcn/domain';

/** The record areas of the admin app: every kind of the registry, and the organisations catalogue. */
export type RecordArea = RecordKind | 'organisation';

const organisation = { area: 'Tổ chức', noun: 'tổ chức' };

/** The area's heading and menu label ("Sàn giao dịch công nghệ"). */
export function recordAreaLabel(area: RecordArea): string {
  return area === 'organisation' ? organisation.area : recordKindRegistry[area].labels.area;
}

/** A single record of the area, for buttons and headings ("Thêm nhiệm vụ KH&CN"). */
export function recordAreaNoun(area: RecordArea): string {
  return area === 'organisation' ? organisation.noun : recordKindRegistry[area].labels.noun;
}

export const recordAreas: RecordArea[] = [...recordKinds, 'organisation'];

export function isRecordArea(value: string): value is RecordArea {
  return (recordAreas as string[]).includes(value);
}

export function isRecordKind(value: string): value is RecordKind {
  return (recordKinds as string[]).includes(value);
}
