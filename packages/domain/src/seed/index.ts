import {
  outreachEventSchema,
  inspectionOutcomeSchema,
  publicationSchema,
  techAppraisalSchema,
  transferRegistrationSchema,
} from '../records/other-records.schema.ts';
import { stTaskSchema } from '../records/st-task.schema.ts';
import { indexIndicators, type IndicatorCatalogue } from '../report/indicator.schema.ts';
import type { ReconciliationContext } from '../report/reconciliation.rules.ts';
import { reportContentSchema } from '../report/report.schema.ts';
import { startingIndicators } from '../report/starting-indicators.ts';
import { hungYenSiteConfig } from '../site/default-site-config.ts';
import { emptyFrozenRecords, type FrozenRecords } from '../records/record-kinds.ts';
import { buildPublicSnapshot } from '../snapshot/build-public-snapshot.ts';
import type { PublicSnapshot } from '../snapshot/public-snapshot.schema.ts';
import {
  seedAppraisals,
  seedEvents,
  seedInspections,
  seedPublications,
  seedTasks,
  seedTransfers,
} from './november-2024.records.ts';
import { seedIssuedOn, seedPeriod, seedReportContent, seedReportNumber } from './november-2024.report.ts';

export { seedFactChecklist, allSeedFacts } from './november-2024.checklist.ts';
export { seedIssuedOn, seedPeriod, seedReportContent, seedReportNumber } from './november-2024.report.ts';
export { seedOrganisations } from './november-2024.records.ts';

/** The seed report's content, parsed (defaults applied, NFC). */
export function seedContent() {
  return reportContentSchema.parse(seedReportContent);
}

/** The starting indicator catalogue, indexed (what a new database holds). */
export function seedCatalogue(): IndicatorCatalogue {
  return indexIndicators(startingIndicators());
}

/** What reconciling the seed report needs: its period and the starting catalogue. */
export function seedReconciliationContext(): ReconciliationContext {
  return { period: seedPeriod, catalogue: seedCatalogue() };
}

/** The seed report's records, parsed. */
export function seedRecords(): FrozenRecords {
  return {
    ...emptyFrozenRecords(),
    tasks: seedTasks.map((t) => stTaskSchema.parse(t)),
    publications: seedPublications.map((p) => publicationSchema.parse(p)),
    inspections: seedInspections.map((i) => inspectionOutcomeSchema.parse(i)),
    appraisals: seedAppraisals.map((a) => techAppraisalSchema.parse(a)),
    transfers: seedTransfers.map((t) => transferRegistrationSchema.parse(t)),
    events: seedEvents.map((e) => outreachEventSchema.parse(e)),
  };
}

/**
 * The public snapshot of the seed report alone, approved as it was issued. `contentHash` is supplied by
 * the caller (hashing is not the domain's business).
 */
export function seedSnapshot(args: {
  contentHash: string;
  publicationId?: string;
  generatedAt?: string;
}): PublicSnapshot {
  return buildPublicSnapshot({
    publicationId: args.publicationId ?? 'seed',
    generatedAt: args.generatedAt ?? '2024-12-05T09:00:00+07:00',
    asOfDate: seedIssuedOn,
    site: hungYenSiteConfig,
    indicators: startingIndicators(),
    editions: [
      {
        period: seedPeriod,
        editionNo: 1,
        number: { ...seedReportNumber },
        issuedOn: seedIssuedOn,
        approvedAt: '2024-12-05T09:00:00+07:00',
        changeNote: null,
        contentHash: args.contentHash,
        content: seedContent(),
        records: seedRecords(),
      },
    ],
  });
}
export { type DemoHistoryOptions, generateDemoHistory } from './demo-history.ts';
