import { type EditionStatus, editionStatusLabels } from './report.schema.ts';

/**
 * Where an edition stands among the editions of its report. An approved or published edition that a later
 * approved correction replaced is "superseded": its status in the database stays what it was (it was public),
 * but showing it as "Đã công khai" beside the correction would say two editions are the report in force.
 */
export type EditionStanding = EditionStatus | 'superseded';

const editionStandingLabels: Record<EditionStanding, string> = {
  ...editionStatusLabels,
  superseded: 'Đã được thay thế',
};

type EditionLike = { editionNo: number; status: EditionStatus };

const isIssued = (status: EditionStatus) => status === 'approved' || status === 'published';

/** The edition's standing; `supersededBy` is the edition number of the approved correction that replaced it. */
export function editionStandingOf(
  edition: EditionLike,
  editions: readonly EditionLike[],
): { standing: EditionStanding; supersededBy: number | null } {
  if (!isIssued(edition.status)) return { standing: edition.status, supersededBy: null };
  const later = editions
    .filter((e) => e.editionNo > edition.editionNo && isIssued(e.status))
    .sort((a, b) => a.editionNo - b.editionNo)[0];
  return later
    ? { standing: 'superseded', supersededBy: later.editionNo }
    : { standing: edition.status, supersededBy: null };
}

/** "Đã công khai", or "Đã được thay thế bởi lần 2". */
export function describeEditionStanding(edition: EditionLike, editions: readonly EditionLike[]): string {
  const { standing, supersededBy } = editionStandingOf(edition, editions);
  return supersededBy
    ? `${editionStandingLabels.superseded} bởi lần ${supersededBy}`
    : editionStandingLabels[standing];
}
