import type { Block, SectionContent } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import {
  alignBlocks,
  applySectionMerge,
  countConflicts,
  mergeSet,
  planSectionMerge,
} from './section-merge.rules.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const section = (over: Partial<SectionContent>): SectionContent => ({
  title: 'Hoạt động KH&CN',
  blocks: [],
  facts: [],
  legalRefs: [],
  recordRefs: [],
  ...over,
});

describe('alignBlocks', () => {
  it('pairs equal blocks and leaves the differences as changed rows', () => {
    const rows = alignBlocks([p('A'), p('B mine'), p('C')], [p('A'), p('B theirs'), p('C')]);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'same']);
    expect(rows[1]).toMatchObject({
      mine: p('B mine'),
      theirs: p('B theirs'),
      isConflict: true,
      suggested: 'both',
    });
  });

  it('takes their edit of a block I did not touch, and keeps my edit of a block they did not touch', () => {
    const base = [p('A'), p('B'), p('C')];
    const rows = alignBlocks([p('A mine'), p('B'), p('C')], [p('A'), p('B'), p('C theirs')], base);
    const changed = rows.filter((r) => r.kind === 'changed');
    expect(changed).toEqual([
      expect.objectContaining({ mine: p('A mine'), theirs: p('A'), suggested: 'mine', isConflict: false }),
      expect.objectContaining({
        mine: p('C'),
        theirs: p('C theirs'),
        suggested: 'theirs',
        isConflict: false,
      }),
    ]);
  });

  it('keeps a paragraph they added and respects a paragraph I deleted', () => {
    const base = [p('A'), p('B')];
    const rows = alignBlocks([p('A')], [p('A'), p('B'), p('New')], base);
    const changed = rows.filter((r) => r.kind === 'changed');
    expect(changed).toEqual([
      expect.objectContaining({ mine: null, theirs: p('B'), suggested: 'mine' }),
      expect.objectContaining({ mine: null, theirs: p('New'), suggested: 'theirs' }),
    ]);
  });
});

describe('mergeSet', () => {
  it('keeps additions of both sides and drops what one side removed', () => {
    expect(mergeSet(['a', 'b', 'x'], ['a', 'y'], ['a', 'b'])).toEqual(['a', 'x', 'y']);
  });
  it('without a base keeps the union', () => {
    expect(mergeSet(['a', 'b'], ['b', 'c'], null)).toEqual(['a', 'b', 'c']);
  });
});

describe('applySectionMerge', () => {
  it('merges with the suggestions and loses nothing when both changed the same paragraph', () => {
    const base = section({ blocks: [p('Đoạn 1'), p('Đoạn 2')] });
    const mine = section({ blocks: [p('Đoạn 1 (tôi sửa)'), p('Đoạn 2')] });
    const theirs = section({
      blocks: [p('Đoạn 1 (họ sửa)'), p('Đoạn 2')],
      recordRefs: [{ kind: 'task', id: 't1' }],
    });
    const plan = planSectionMerge(mine, theirs, base);
    expect(countConflicts(plan)).toBe(1);
    const merged = applySectionMerge(plan, { blocks: {}, facts: {} }, mine.title);
    expect(merged.blocks).toEqual([p('Đoạn 1 (tôi sửa)'), p('Đoạn 1 (họ sửa)'), p('Đoạn 2')]);
    expect(merged.recordRefs).toEqual([{ kind: 'task', id: 't1' }]);
  });

  it('applies the user choice and custom text per row', () => {
    const mine = section({ title: 'Tiêu đề của tôi', blocks: [p('X')] });
    const theirs = section({ title: 'Tiêu đề của họ', blocks: [p('Y')] });
    const plan = planSectionMerge(mine, theirs, null);
    const merged = applySectionMerge(
      plan,
      { title: 'theirs', blocks: { 0: { choice: 'custom', values: [p('X và Y')] } }, facts: {} },
      mine.title,
    );
    expect(merged.title).toBe('Tiêu đề của họ');
    expect(merged.blocks).toEqual([p('X và Y')]);
  });

  it('aligns figures by indicator', () => {
    const mine = section({
      facts: [{ indicator: 'tasks.checked', value: 7, qualifier: 'exact', basis: { kind: 'month' } }],
    });
    const theirs = section({
      facts: [
        { indicator: 'tasks.checked', value: 8, qualifier: 'exact', basis: { kind: 'month' } },
        { indicator: 'tasks.accepted', value: 3, qualifier: 'exact', basis: { kind: 'month' } },
      ],
    });
    const plan = planSectionMerge(mine, theirs, null);
    const merged = applySectionMerge(plan, { blocks: {}, facts: { 0: { choice: 'theirs' } } }, mine.title);
    expect(merged.facts.map((f) => [f.indicator, f.value])).toEqual([
      ['tasks.checked', 8],
      ['tasks.accepted', 3],
    ]);
  });
});
