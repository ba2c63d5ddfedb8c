import { describe, expect, it } from 'vitest';
import { describeEditionStanding, editionStandingOf } from './edition-standing.rules.ts';

describe('editionStandingOf', () => {
  const editions = [
    { editionNo: 1, status: 'published' as const },
    { editionNo: 2, status: 'published' as const },
    { editionNo: 3, status: 'draft' as const },
  ];
  it('says a published edition replaced by an approved correction is superseded, by which edition', () => {
    expect(editionStandingOf(editions[0]!, editions)).toEqual({ standing: 'superseded', supersededBy: 2 });
    expect(describeEditionStanding(editions[0]!, editions)).toBe('Đã được thay thế bởi lần 2');
  });
  it('keeps the status of the edition in force, and of a correction not yet approved', () => {
    expect(describeEditionStanding(editions[1]!, editions)).toBe('Đã công khai');
    expect(describeEditionStanding(editions[2]!, editions)).toBe('Soạn thảo');
    const pending = [
      { editionNo: 1, status: 'published' as const },
      { editionNo: 2, status: 'in_review' as const },
    ];
    expect(describeEditionStanding(pending[0]!, pending)).toBe('Đã công khai');
  });
});
