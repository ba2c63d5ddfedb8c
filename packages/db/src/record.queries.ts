import {
  type ExchangeListing,
  emptyFrozenRecords,
  type FrozenRecords,
  foldText,
  type InspectionOutcome,
  type OutreachEvent,
  type Publication,
  type RecordKind,
  type RecordRef,
  recordCollectionByKind,
  type StTask,
  type TechAppraisal,
  type TransferRegistration,
  taskStage,
} from '@khcn/domain';
import { type DbExecutor, toJson } from './create-db.ts';

export type RecordByKind = {
  task: StTask;
  listing: ExchangeListing;
  publication: Publication;
  inspection: InspectionOutcome;
  appraisal: TechAppraisal;
  transfer: TransferRegistration;
  event: OutreachEvent;
};
/** The document of a record of any kind (the `data` column). */
export type RecordData = RecordByKind[RecordKind];
export type AnyRecord = { [K in RecordKind]: { kind: K; data: RecordByKind[K] } }[RecordKind];

export type StoredRecord<K extends RecordKind = RecordKind> = {
  kind: K;
  data: RecordByKind[K];
  version: number;
  updatedAt: string;
};

/** Columns derived from a record for listing, filtering and searching. */
function projectRecord(record: AnyRecord) {
  const base = {
    period: null as string | null,
    year: null as number | null,
    field: null as string | null,
    status: null as string | null,
    level: null as string | null,
    listed_on: null as string | null,
    expires_on: null as string | null,
  };
  switch (record.kind) {
    case 'task': {
      const t = record.data;
      const year = Number((t.startDate ?? t.events[0]?.period ?? '').slice(0, 4)) || null;
      return {
        ...base,
        title: t.title,
        field: t.field ?? null,
        level: t.level,
        status: taskStage(t),
        year,
        period:
          t.events
            .map((e) => e.period)
            .sort()
            .at(-1) ?? null,
        text: [
          t.code,
          t.title,
          t.programme,
          t.field,
          t.hostOrganisation,
          t.principalInvestigator,
          t.objectives,
          t.resultSummary,
        ]
          .filter(Boolean)
          .join(' '),
      };
    }
    case 'listing': {
      const l = record.data;
      return {
        ...base,
        title: l.title,
        field: l.field,
        status: l.status,
        listed_on: l.listedOn,
        expires_on: l.expiresOn,
        year: Number(l.listedOn.slice(0, 4)),
        level: l.kind,
        text: [l.title, l.field, l.summary, l.owner].join(' '),
      };
    }
    case 'publication': {
      const p = record.data;
      return {
        ...base,
        title: p.title,
        period: p.period,
        year: p.year,
        level: p.kind,
        text: [p.title, p.summary, ...p.contents].filter(Boolean).join(' '),
      };
    }
    case 'inspection': {
      const i = record.data;
      return {
        ...base,
        title: i.title,
        period: i.period,
        year: Number(i.period.slice(0, 4)),
        field: i.subjectArea,
        level: i.kind,
        text: [i.title, i.subjectArea, i.findings, i.conductedBy].filter(Boolean).join(' '),
      };
    }
    case 'appraisal': {
      const a = record.data;
      return {
        ...base,
        title: a.projectName ?? a.sector,
        period: a.period,
        year: Number(a.period.slice(0, 4)),
        field: a.sector,
        text: [a.sector, a.projectName, a.investor].filter(Boolean).join(' '),
      };
    }
    case 'transfer': {
      const t = record.data;
      return {
        ...base,
        title: t.organisation,
        period: t.period,
        year: Number(t.period.slice(0, 4)),
        text: [t.organisation, t.technology, t.certificateNumber].filter(Boolean).join(' '),
      };
    }
    case 'event': {
      const e = record.data;
      return {
        ...base,
        title: e.title,
        period: e.period,
        year: Number(e.period.slice(0, 4)),
        level: e.kind,
        text: e.title,
      };
    }
  }
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
      is_demo: args.isDemo ?? false,
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
  if (!row) return undefined;
  return {
    kind,
    data: row.data as RecordByKind[K],
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
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
    items: rows.map((r) => ({
      kind: args.kind,
      data: r.data as RecordByKind[K],
      version: r.version,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
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

/** Distinct values of a projected column, for filter menus. */
export async function listRecordFacets(
  db: DbExecutor,
  kind: RecordKind,
  column: 'field' | 'year' | 'status' | 'level',
) {
  const rows = await db
    .selectFrom('records')
    .select(column)
    .distinct()
    .where('kind', '=', kind)
    .where(column, 'is not', null)
    .execute();
  return rows.map((r) => (r as Record<string, unknown>)[column]).filter((v) => v !== null) as Array<
    string | number
  >;
}

/** Id and title of every record (the publisher checks unlinked ones never leak). */
export async function listRecordTitles(
  db: DbExecutor,
): Promise<Array<{ id: string; kind: string; title: string }>> {
  return db.selectFrom('records').select(['id', 'kind', 'title']).execute();
}
