import {
  type DbExecutor,
  findEditionById,
  listCurrentApprovedEditionsOfYear,
  listIndicators,
  type StoredEdition,
} from '@khcn/db';
import {
  type Finding,
  type FigureObservation,
  indexIndicators,
  observationsOf,
  type ReconciliationContext,
  reconcileReport,
} from '@khcn/domain';

/** What a draft's figures are checked against besides its own content (sent to the editor as well). */
export type ReconciliationInputs = {
  /** Figures of the year's approved months before this one. */
  yearHistory: FigureObservation[];
  /** Last month's edition this draft was started from, if any. */
  carriedFrom: {
    period: string;
    content: { sections: StoredEdition['edition']['content']['sections'] };
  } | null;
};

/**
 * The catalogue, the year's approved figures and the edition a draft was carried from. An approved edition is
 * no longer compared with other months (it stands as approved), only with the catalogue.
 */
export async function loadReconciliationContext(
  db: DbExecutor,
  stored: StoredEdition,
): Promise<ReconciliationContext & ReconciliationInputs> {
  const { edition } = stored;
  const catalogue = indexIndicators(await listIndicators(db));
  const open = edition.status === 'draft' || edition.status === 'in_review';
  if (!open) return { period: edition.period, catalogue, yearHistory: [], carriedFrom: null };
  const year = Number(edition.period.slice(0, 4));
  const months = await listCurrentApprovedEditionsOfYear(db, { year, beforePeriod: edition.period });
  const yearHistory = months.flatMap((m) =>
    observationsOf({ period: m.edition.period, editionNo: m.edition.editionNo, content: m.edition.content }),
  );
  const source = stored.carriedFromEditionId
    ? await findEditionById(db, stored.carriedFromEditionId)
    : undefined;
  const carriedFrom = source
    ? { period: source.edition.period, content: { sections: source.edition.content.sections } }
    : null;
  return { period: edition.period, catalogue, yearHistory, carriedFrom };
}

/** The findings of a stored edition in its context. */
export async function reconcileStoredEdition(db: DbExecutor, stored: StoredEdition): Promise<Finding[]> {
  return reconcileReport(stored.edition.content, await loadReconciliationContext(db, stored));
}
