import type { EditionStanding, EditionStatus } from '@khcn/domain';

/** Badge colours of the edition states (text uses the .9 shade for contrast). */
export const statusColors: Record<EditionStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  approved: 'teal',
  published: 'green',
};

/** The same, with a replaced edition greyed out. */
export const standingColors: Record<EditionStanding, string> = { ...statusColors, superseded: 'gray' };
