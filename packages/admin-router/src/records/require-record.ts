import { type DbExecutor, findRecord, type StoredRecord } from '@khcn/db';
import { DomainError, type RecordKind, recordKindRegistry } from '@khcn/domain';

const nounOf = (kind: RecordKind) => recordKindRegistry[kind].labels.noun;

/** The record, or NOT_FOUND naming its kind in Vietnamese. */
export async function requireRecord<K extends RecordKind>(
  db: DbExecutor,
  kind: K,
  id: string,
): Promise<StoredRecord<K>> {
  const stored = await findRecord(db, kind, id);
  if (!stored) {
    throw new DomainError('NOT_FOUND', `No ${kind} ${id}`, {
      userMessage: `Không tìm thấy hồ sơ ${nounOf(kind)} (mã ${id}).`,
    });
  }
  return stored;
}

/** CONFLICT for a record saved by someone else since `yourVersion`, carrying the current data. */
export function recordConflict(stored: StoredRecord, yourVersion: number): DomainError {
  return new DomainError('CONFLICT', `${stored.kind} ${stored.data.id} is at version ${stored.version}`, {
    userMessage: `Hồ sơ ${nounOf(stored.kind)} vừa được người khác lưu; hãy xem bản mới nhất, gộp thay đổi rồi lưu lại.`,
    details: { yourVersion, currentVersion: stored.version, currentData: stored.data },
  });
}
