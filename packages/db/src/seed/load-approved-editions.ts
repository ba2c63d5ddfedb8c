import { type AnyRecord, type ApprovedEditionInput, recordKindEntries } from '@khcn/domain';
import type { Database } from '../create-db.ts';
import { insertRecord } from '../record.queries.ts';
import { findReportByPeriod, insertEdition, insertReport, updateEditionWorkflow } from '../report.queries.ts';
import { hashReportContent } from '../content-hash.ts';

/**
 * Loads already-approved editions (generated demo history for benchmarks and demos) with their records: each
 * record is stored once, as its latest version; each edition is inserted approved, numbered and frozen.
 */
export async function loadApprovedEditions(
  db: Database,
  args: {
    editions: ApprovedEditionInput[];
    approverId: string;
    at: Date;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<void> {
  const latest = new Map<string, AnyRecord>();
  for (const e of args.editions) {
    for (const [kind, { collection }] of recordKindEntries)
      for (const data of e.records[collection]) latest.set(data.id, { kind, data } as AnyRecord);
  }
  const records = [...latest.values()];
  for (let i = 0; i < records.length; i += 500) {
    await db.transaction().execute(async (trx) => {
      for (const record of records.slice(i, i + 500)) {
        await insertRecord(trx, { record, at: args.at, by: null, isDemo: true });
      }
    });
  }
  let done = 0;
  for (const e of args.editions) {
    await db.transaction().execute(async (trx) => {
      let report = await findReportByPeriod(trx, e.period);
      if (!report) {
        report = { id: `report-${e.period}`, period: e.period };
        await insertReport(trx, { id: report.id, period: e.period, at: args.at, createdBy: null });
      }
      const editionId = `edition-${e.period}-${e.editionNo}`;
      await insertEdition(trx, {
        id: editionId,
        reportId: report.id,
        editionNo: e.editionNo,
        changeNote: e.changeNote,
        content: e.content,
        at: args.at,
        by: null,
      });
      const contentHash = hashReportContent(e.content, e.records);
      await updateEditionWorkflow(trx, {
        editionId,
        expectedStatus: 'draft',
        at: args.at,
        patch: {
          status: 'approved',
          submittedHash: contentHash,
          contentHash,
          approvedBy: args.approverId,
          approvedAt: new Date(e.approvedAt),
          number: { ...e.number, year: Number(e.issuedOn.slice(0, 4)) },
          issuedOn: e.issuedOn,
          frozenRecords: e.records,
        },
      });
    });
    args.onProgress?.(++done, args.editions.length);
  }
}
