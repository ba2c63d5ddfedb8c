import {
  completeFrozenRecords,
  type EditionStatus,
  type FrozenRecords,
  type ReportContent,
  type ReportFrame,
  type ReportEdition,
  type Section,
  type SectionContent,
} from '@khcn/domain';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type DbExecutor, type DbTransaction, toJson } from './create-db.ts';

export type ReportSummary = {
  id: string;
  period: string;
  latestEditionId: string;
  latestEditionNo: number;
  status: EditionStatus;
  number: { sequence: number; symbol: string } | null;
  issuedOn: string | null;
  updatedAt: string;
};

/** An edition with the versions the editor needs for optimistic concurrency. */
export type StoredEdition = {
  edition: ReportEdition;
  /** Version of each section, by key. */
  sectionVersions: Record<string, number>;
  /** Version of the frame (subject, recipients, signature...). */
  frameVersion: number;
  submittedHash: string | null;
  frozenRecords: FrozenRecords | null;
  /** The edition this draft was started from (last month's report), if any. */
  carriedFromEditionId: string | null;
  updatedAt: string;
};

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export async function insertReport(
  db: DbExecutor,
  args: { id: string; period: string; at: Date; createdBy: string | null },
) {
  await db
    .insertInto('reports')
    .values({ id: args.id, period: args.period, created_at: args.at, created_by: args.createdBy })
    .execute();
}

/** A new monthly report with its first edition: a draft of `content`, made by `by` (null: the system). */
export async function insertReportWithDraft(
  db: DbExecutor,
  args: {
    reportId: string;
    editionId: string;
    period: string;
    content: ReportContent;
    at: Date;
    by: string | null;
    carriedFromEditionId?: string | null;
  },
): Promise<void> {
  const { reportId, editionId, content, at, by } = args;
  await insertReport(db, { id: reportId, period: args.period, at, createdBy: by });
  await insertEdition(db, {
    id: editionId,
    reportId,
    editionNo: 1,
    changeNote: null,
    content,
    at,
    by,
    carriedFromEditionId: args.carriedFromEditionId ?? null,
  });
}

export async function findReportByPeriod(db: DbExecutor, period: string) {
  return db.selectFrom('reports').select(['id', 'period']).where('period', '=', period).executeTakeFirst();
}

export async function findReportById(db: DbExecutor, id: string) {
  return db.selectFrom('reports').select(['id', 'period']).where('id', '=', id).executeTakeFirst();
}

/** Every report with its latest edition, newest period first. */
export async function listReports(
  db: DbExecutor,
  args: { year?: number | undefined } = {},
): Promise<ReportSummary[]> {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('report_editions as e', 'e.report_id', 'r.id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('report_editions as later')
            .select('later.id')
            .whereRef('later.report_id', '=', 'r.id')
            .whereRef('later.edition_no', '>', 'e.edition_no'),
        ),
      ),
    )
    .select([
      'r.id',
      'r.period',
      'e.id as edition_id',
      'e.edition_no',
      'e.status',
      'e.number_sequence',
      'e.number_symbol',
      'e.issued_on',
      'e.updated_at',
    ])
    .orderBy('r.period', 'desc');
  if (args.year) query = query.where('r.period', 'like', `${args.year}-%`);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    period: r.period,
    latestEditionId: r.edition_id,
    latestEditionNo: r.edition_no,
    status: r.status,
    number:
      r.number_sequence !== null && r.number_symbol
        ? { sequence: r.number_sequence, symbol: r.number_symbol }
        : null,
    issuedOn: r.issued_on,
    updatedAt: iso(r.updated_at),
  }));
}

export type NewEdition = {
  id: string;
  reportId: string;
  editionNo: number;
  changeNote: string | null;
  content: ReportContent;
  at: Date;
  by: string | null;
  /** Started from this edition (last month's report). */
  carriedFromEditionId?: string | null;
};

/** Inserts a draft edition and its sections. */
export async function insertEdition(db: DbExecutor, e: NewEdition): Promise<void> {
  await db
    .insertInto('report_editions')
    .values({
      id: e.id,
      report_id: e.reportId,
      edition_no: e.editionNo,
      status: 'draft',
      change_note: e.changeNote,
      carried_from_edition_id: e.carriedFromEditionId ?? null,
      subject: e.content.subject,
      place: e.content.place,
      closing: e.content.closing,
      recipients: toJson(e.content.recipients),
      archive: toJson(e.content.archive),
      signature: e.content.signature ? toJson(e.content.signature) : null,
      created_at: e.at,
      updated_at: e.at,
    })
    .execute();
  if (e.content.sections.length === 0) return;
  await db
    .insertInto('report_sections')
    .values(
      e.content.sections.map((s, position) => ({
        edition_id: e.id,
        key: s.key,
        position,
        parent_key: s.parentKey,
        label: s.label,
        division: s.division,
        content: toJson(sectionContentOf(s)),
        updated_by: e.by,
        updated_at: e.at,
      })),
    )
    .execute();
}

function sectionContentOf(s: Section): SectionContent {
  return {
    title: s.title,
    blocks: s.blocks,
    facts: s.facts,
    legalRefs: s.legalRefs,
    recordRefs: s.recordRefs,
  };
}

type EditionRow = Awaited<ReturnType<ReturnType<typeof selectEditions>['execute']>>[number];

/** Editions with their report's period and their sections (as one JSON array: one round trip). */
function selectEditions(db: DbExecutor) {
  return db
    .selectFrom('report_editions as e')
    .innerJoin('reports as r', 'r.id', 'e.report_id')
    .selectAll('e')
    .select('r.period')
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('report_sections as s')
          .select(['s.key', 's.parent_key', 's.label', 's.division', 's.content', 's.version'])
          .whereRef('s.edition_id', '=', 'e.id')
          .orderBy('s.position'),
      ).as('sections'),
    );
}

/** Rows (with their sections aggregated by `selectEditions`) as domain editions. */
function hydrate(rows: EditionRow[]): StoredEdition[] {
  return rows.map((row) => {
    const own = row.sections;
    const content: ReportContent = {
      subject: row.subject,
      place: row.place,
      closing: row.closing,
      recipients: row.recipients,
      archive: row.archive,
      signature: row.signature,
      sections: own.map((s) => ({
        ...s.content,
        key: s.key,
        parentKey: s.parent_key,
        label: s.label,
        division: s.division,
      })),
    };
    const edition: ReportEdition = {
      id: row.id,
      reportId: row.report_id,
      period: row.period,
      editionNo: row.edition_no,
      status: row.status,
      number:
        row.number_sequence !== null && row.number_symbol
          ? { sequence: row.number_sequence, symbol: row.number_symbol }
          : null,
      issuedOn: row.issued_on,
      changeNote: row.change_note,
      contentHash: row.content_hash,
      submittedBy: row.submitted_by,
      approvedBy: row.approved_by,
      approvedAt: row.approved_at ? iso(row.approved_at) : null,
      returnReason: row.return_reason,
      content,
    };
    return {
      edition,
      sectionVersions: Object.fromEntries(own.map((s) => [s.key, s.version])),
      frameVersion: row.frame_version,
      submittedHash: row.submitted_hash,
      frozenRecords: row.frozen_records ? completeFrozenRecords(row.frozen_records) : null,
      carriedFromEditionId: row.carried_from_edition_id,
      updatedAt: iso(row.updated_at),
    };
  });
}

export async function findEditionById(db: DbExecutor, id: string): Promise<StoredEdition | undefined> {
  const rows = await selectEditions(db).where('e.id', '=', id).execute();
  return hydrate(rows)[0];
}

/** Locks the edition row for the rest of the transaction (SELECT ... FOR UPDATE). */
export async function lockEdition(db: DbTransaction, id: string): Promise<void> {
  await db.selectFrom('report_editions').select('id').where('id', '=', id).forUpdate().execute();
}

export async function findLatestEditionOfReport(
  db: DbExecutor,
  reportId: string,
): Promise<StoredEdition | undefined> {
  const rows = await selectEditions(db)
    .where('e.report_id', '=', reportId)
    .orderBy('e.edition_no', 'desc')
    .limit(1)
    .execute();
  return hydrate(rows)[0];
}

export async function listEditionsOfReport(db: DbExecutor, reportId: string): Promise<StoredEdition[]> {
  const rows = await selectEditions(db).where('e.report_id', '=', reportId).orderBy('e.edition_no').execute();
  return hydrate(rows);
}

/** Approved and published editions, oldest first: the input of the public snapshot. */
export async function listApprovedEditions(db: DbExecutor): Promise<StoredEdition[]> {
  const rows = await selectEditions(db)
    .where('e.status', 'in', ['approved', 'published'])
    .orderBy('r.period')
    .orderBy('e.edition_no')
    .execute();
  return hydrate(rows);
}

/**
 * The current (latest approved) edition of each period of `year` before `beforePeriod`: the months a stated
 * year to date is checked against.
 */
export async function listCurrentApprovedEditionsOfYear(
  db: DbExecutor,
  args: { year: number; beforePeriod: string },
): Promise<StoredEdition[]> {
  const rows = await selectEditions(db)
    .where('e.status', 'in', ['approved', 'published'])
    .where('r.period', '>=', `${args.year}-01`)
    .where('r.period', '<', args.beforePeriod)
    .orderBy('r.period')
    .orderBy('e.edition_no')
    .execute();
  const latest = new Map<string, StoredEdition>();
  for (const stored of hydrate(rows)) latest.set(stored.edition.period, stored);
  return [...latest.values()];
}

/**
 * Saves one section if nobody saved it since `expectedVersion`. Returns the new version, or null on a
 * conflict (the caller then reads the current content and reports CONFLICT).
 */
export async function updateSectionIfVersion(
  db: DbExecutor,
  args: {
    editionId: string;
    key: string;
    expectedVersion: number;
    content: SectionContent;
    by: string;
    at: Date;
  },
): Promise<number | null> {
  const row = await db
    .updateTable('report_sections')
    .set((eb) => ({
      content: toJson(args.content),
      version: eb('version', '+', 1),
      updated_by: args.by,
      updated_at: args.at,
    }))
    .where('edition_id', '=', args.editionId)
    .where('key', '=', args.key)
    .where('version', '=', args.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Saves the frame (subject, recipients, signature...) if its version is still `expectedVersion`. */
export async function updateFrameIfVersion(
  db: DbExecutor,
  args: { editionId: string; expectedVersion: number; frame: ReportFrame; at: Date },
): Promise<number | null> {
  const row = await db
    .updateTable('report_editions')
    .set((eb) => ({
      subject: args.frame.subject,
      place: args.frame.place,
      closing: args.frame.closing,
      recipients: toJson(args.frame.recipients),
      archive: toJson(args.frame.archive),
      signature: args.frame.signature ? toJson(args.frame.signature) : null,
      frame_version: eb('frame_version', '+', 1),
      updated_at: args.at,
    }))
    .where('id', '=', args.editionId)
    .where('frame_version', '=', args.expectedVersion)
    .returning('frame_version')
    .executeTakeFirst();
  return row?.frame_version ?? null;
}

export type WorkflowPatch = {
  status: EditionStatus;
  submittedBy?: string | null;
  submittedHash?: string | null;
  approvedBy?: string | null;
  approvedAt?: Date | null;
  returnReason?: string | null;
  number?: { sequence: number; symbol: string; year: number } | null;
  issuedOn?: string | null;
  contentHash?: string | null;
  frozenRecords?: FrozenRecords | null;
};

/** Moves an edition from `expectedStatus`; returns false when its status had changed meanwhile. */
export async function updateEditionWorkflow(
  db: DbExecutor,
  args: { editionId: string; expectedStatus: EditionStatus; patch: WorkflowPatch; at: Date },
): Promise<boolean> {
  const p = args.patch;
  const result = await db
    .updateTable('report_editions')
    .set({
      status: p.status,
      updated_at: args.at,
      ...(p.submittedBy !== undefined ? { submitted_by: p.submittedBy } : {}),
      ...(p.submittedHash !== undefined ? { submitted_hash: p.submittedHash } : {}),
      ...(p.approvedBy !== undefined ? { approved_by: p.approvedBy } : {}),
      ...(p.approvedAt !== undefined ? { approved_at: p.approvedAt } : {}),
      ...(p.returnReason !== undefined ? { return_reason: p.returnReason } : {}),
      ...(p.number !== undefined
        ? {
            number_sequence: p.number?.sequence ?? null,
            number_symbol: p.number?.symbol ?? null,
            number_year: p.number?.year ?? null,
          }
        : {}),
      ...(p.issuedOn !== undefined ? { issued_on: p.issuedOn } : {}),
      ...(p.contentHash !== undefined ? { content_hash: p.contentHash } : {}),
      ...(p.frozenRecords !== undefined
        ? { frozen_records: p.frozenRecords ? toJson(p.frozenRecords) : null }
        : {}),
    })
    .where('id', '=', args.editionId)
    .where('status', '=', args.expectedStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The next yearly sequence for report numbers of `symbol` ("Số: NN/BC-SKHCN" restarts each year). */
export async function nextReportSequence(
  db: DbExecutor,
  args: { year: number; symbol: string },
): Promise<number> {
  const row = await db
    .selectFrom('report_editions')
    .select((eb) => eb.fn.max('number_sequence').as('max'))
    .where('number_year', '=', args.year)
    .where('number_symbol', '=', args.symbol)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Marks approved editions published once the site that carries them is live. */
export async function markEditionsPublished(
  db: DbExecutor,
  args: { editionIds: string[]; at: Date },
): Promise<void> {
  if (args.editionIds.length === 0) return;
  await db
    .updateTable('report_editions')
    .set({ status: 'published', updated_at: args.at })
    .where('id', 'in', args.editionIds)
    .where('status', '=', 'approved')
    .execute();
}

/** Editions in the given statuses (e.g. drafts, for the publisher's canary check). */
export async function listEditionsByStatus(
  db: DbExecutor,
  statuses: EditionStatus[],
): Promise<StoredEdition[]> {
  const rows = await selectEditions(db).where('e.status', 'in', statuses).execute();
  return hydrate(rows);
}

export type EditionSummary = {
  id: string;
  editionNo: number;
  status: EditionStatus;
  changeNote: string | null;
};

/** The editions of a report without their content, oldest first (navigation between editions). */
export async function listEditionSummaries(db: DbExecutor, reportId: string): Promise<EditionSummary[]> {
  const rows = await db
    .selectFrom('report_editions')
    .select(['id', 'edition_no', 'status', 'change_note'])
    .where('report_id', '=', reportId)
    .orderBy('edition_no')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    editionNo: r.edition_no,
    status: r.status,
    changeNote: r.change_note,
  }));
}
