import { type DbExecutor, findRecord, type StoredRecord } from '@khcn/db';
import { DomainError, type RecordKind } from '@khcn/domain';

export const recordKindLabels: Record<RecordKind, string> = {
  task: 'nhiệm vụ KH&CN',
  listing: 'tin chào bán/nhu cầu công nghệ',
  publication: 'ấn phẩm',
  inspection: 'kết quả thanh tra, kiểm tra',
  appraisal: 'ý kiến, thẩm định công nghệ',
  transfer: 'đăng ký chuyển giao công nghệ',
  event: 'hội thảo, tập huấn',
};

/** The record, or NOT_FOUND naming its kind in Vietnamese. */
export async function requireRecord<K extends RecordKind>(
  db: DbExecutor,
  kind: K,
  id: string,
): Promise<StoredRecord<K>> {
  const stored = await findRecord(db, kind, id);
  if (!stored) {
    throw new DomainError('NOT_FOUND', `No ${kind} ${id}`, {
      userMessage: `Không tìm thấy hồ sơ ${recordKindLabels[kind]} (mã ${id}).`,
    });
  }
  return stored;
}

/** CONFLICT for a record saved by someone else since `yourVersion`, carrying the current data. */
export function recordConflict(stored: StoredRecord, yourVersion: number): DomainError {
  return new DomainError('CONFLICT', `${stored.kind} ${stored.data.id} is at version ${stored.version}`, {
    userMessage: `Hồ sơ ${recordKindLabels[stored.kind]} vừa được người khác lưu; hãy xem bản mới nhất, gộp thay đổi rồi lưu lại.`,
    details: { yourVersion, currentVersion: stored.version, currentData: stored.data },
  });
}
