import {
  type AnyRecord,
  anyRecordKind,
  emptyFrozenRecords,
  type FrozenRecords,
  foldText,
  type RecordByKind,
  type RecordKind,
  type RecordRef,
  recordCollectionByKind,
} from '@khcn/domain';
import { type DbExecutor, toJson } from './create-db.ts';

/** The document of a record of any kind (the `data` column). */
export type RecordData = RecordByKind[RecordKind];

/** A record as stored, with its version; of any kind, a union discriminated by `kind`. */
export type StoredRecord<K extends RecordKind = RecordKind> = K extends RecordKind
  ? { kind: K; data: RecordByKind[K]; version: number; updatedAt: string }
  : never;

/** The columns the registry derives from a record for listing, filtering and searching. */
function projectRecord(record: AnyRecord) {
  const kind = anyRecordKind(record.kind);
  const columns = kind.columns?.(record.data) ?? {};
  return {
    title: kind.title(record.data),
    period: kind.period(record.data),
    year: kind.year(record.data),
    field: columns.field ?? null,
    status: columns.status ?? null,
    level: columns.level ?? null,
    listed_on: columns.listedOn ?? null,
    expires_on: columns.expiresOn ?? null,
    text: kind.searchText(record.data).filter(Boolean).join(' '),
  };
}

export async function insertRecord(
  db: DbExecutor,
  args: { record: AnyRecord; at: Date; by: string | null; isDemo?: boolean },
): Promise<void> {
  const { text, ...columns } = projectRecord(args.record);
  await db
    .insertInto('records')
    .values({
      id: args.record.data.id,
      kind: args.record.kind,
      ...columns,
      search_key: foldText(text),
      data: toJson(args.record.data),
      is_demo: args.isDemo ?? ('isDemo' in args.record.data && args.record.data.isDemo === true),
      created_at: args.at,
      updated_at: args.at,
      updated_by: args.by,
    })
    .execute();
}

/** Updates a record if its version is still `expectedVersion`; returns the new version or null on conflict. */
export async function updateRecordIfVersion(
  db: DbExecutor,
  args: { record: AnyRecord; expectedVersion: number; at: Date; by: string | null },
): Promise<number | null> {
  const { text, ...columns } = projectRecord(args.record);
  const row = await db
    .updateTable('records')
    .set((eb) => ({
      ...columns,
      search_key: foldText(text),
      data: toJson(args.record.data),
      version: eb('version', '+', 1),
      updated_at: args.at,
      updated_by: args.by,
    }))
    .where('id', '=', args.record.data.id)
    .where('kind', '=', args.record.kind)
    .where('version', '=', args.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** A row of `kind` as a stored record (the row was selected by its kind, so its document is of that kind). */
function storedRecordOf<K extends RecordKind>(
  kind: K,
  row: { data: RecordData; version: number; updated_at: Date },
): StoredRecord<K> {
  return {
    kind,
    data: row.data,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  } as StoredRecord<K>;
}

export async function findRecord<K extends RecordKind>(
  db: DbExecutor,
  kind: K,
  id: string,
): Promise<StoredRecord<K> | undefined> {
  const row = await db
    .selectFrom('records')
    .select(['kind', 'data', 'version', 'updated_at'])
    .where('id', '=', id)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row ? storedRecordOf(kind, row) : undefined;
}

export type ListRecordsArgs = {
  kind: RecordKind;
  query?: string | undefined;
  period?: string | undefined;
  year?: number | undefined;
  field?: string | undefined;
  status?: string | undefined;
  level?: string | undefined;
  /** Only listings still active on this day. */
  activeOn?: string | undefined;
  /** Only listings expiring on or before this day (and still active). */
  expiringBy?: string | undefined;
  page: number;
  pageSize: number;
};

/** Lists records of one kind; `query` matches diacritics-insensitively ("duong" finds "đường"). */
export async function listRecords<K extends RecordKind>(db: DbExecutor, args: ListRecordsArgs & { kind: K }) {
  let q = db.selectFrom('records').where('kind', '=', args.kind);
  for (const word of foldText(args.query ?? '')
    .split(' ')
    .filter(Boolean)) {
    q = q.where('search_key', 'like', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (args.period) q = q.where('period', '=', args.period);
  if (args.year) q = q.where('year', '=', args.year);
  if (args.field) q = q.where('field', '=', args.field);
  if (args.status) q = q.where('status', '=', args.status);
  if (args.level) q = q.where('level', '=', args.level);
  if (args.activeOn) q = q.where('expires_on', '>=', args.activeOn).where('status', '=', 'active');
  if (args.expiringBy) q = q.where('expires_on', '<=', args.expiringBy);
  const [rows, total] = await Promise.all([
    q
      .select(['data', 'version', 'updated_at'])
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(args.pageSize)
      .offset((args.page - 1) * args.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => storedRecordOf(args.kind, r)),
    total: Number(total.n),
  };
}

/** The records an edition links, as they are now: frozen into the edition at approval. */
export async function findRecordsByRefs(db: DbExecutor, refs: readonly RecordRef[]): Promise<FrozenRecords> {
  const frozen = emptyFrozenRecords();
  if (refs.length === 0) return frozen;
  const rows = await db
    .selectFrom('records')
    .select(['id', 'kind', 'data'])
    .where('id', 'in', [...new Set(refs.map((r) => r.id))])
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const collection = recordCollectionByKind[row.kind as RecordKind];
    (frozen[collection] as unknown[]).push(row.data);
  }
  return frozen;
}

/** Id and title of every record (the publisher checks unlinked ones never leak). */
export async function listRecordTitles(
  db: DbExecutor,
): Promise<Array<{ id: string; kind: string; title: string }>> {
  return db.selectFrom('records').select(['id', 'kind', 'title']).execute();
}
