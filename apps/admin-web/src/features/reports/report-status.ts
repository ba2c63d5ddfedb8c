import type { EditionStatus } from '@khcn/domain';

/** Badge colours of the edition states (text uses the .9 shade for contrast). */
export const statusColors: Record<EditionStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  approved: 'teal',
  published: 'green',
};
