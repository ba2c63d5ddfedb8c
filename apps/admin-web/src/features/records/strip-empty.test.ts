import { describe, expect, it } from 'vitest';
import { stripEmpty } from './strip-empty.ts';

describe('stripEmpty', () => {
  it('removes empty text, NaN and blank list lines, keeps false and 0', () => {
    expect(
      stripEmpty({
        title: 'A',
        code: '',
        budget: { stateBudget: Number.NaN, otherBudget: 0 },
        contents: ['x', ' '],
        isPublic: false,
      }),
    ).toEqual({ title: 'A', budget: { otherBudget: 0 }, contents: ['x'], isPublic: false });
  });
});
