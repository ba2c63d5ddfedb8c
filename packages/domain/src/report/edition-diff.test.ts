import { describe, expect, it } from 'vitest';
import { blockLines, type Section } from './report.schema.ts';
import { diffForReaders, matchSections } from './edition-diff.ts';
import { seedContent, seedSnapshot } from '../seed/index.ts';

/** The seed report's edition, a correction of it with `edit` applied to section `key`, and the readers' diff. */
function correctSeed(key: string, edit: (section: Section) => void) {
  const snapshot = seedSnapshot({ contentHash: '0'.repeat(64) });
  const before = snapshot.reports[0]!.editions[0]!;
  const after = structuredClone(before);
  after.editionNo = 2;
  edit(after.content.sections.find((s) => s.key === key)!);
  return diffForReaders(before, after, {
    indicators: new Map(snapshot.indicators.map((i) => [i.code, i])),
    period: snapshot.reports[0]!.period,
  });
}

describe('diffForReaders', () => {
  it('marks changed words and keeps long unchanged text short, cut between words', () => {
    const diff = correctSeed('A.IV.2', (section) => {
      section.blocks = [
        {
          kind: 'paragraph',
          text:
            section.blocks[0]!.kind === 'paragraph' ? section.blocks[0]!.text.replace('1.034', '1.035') : '',
        },
      ];
    });
    expect(diff.changes.map((c) => [c.key, c.status])).toEqual([['A.IV.2', 'changed']]);
    const parts = diff.changes[0]!.parts;
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['1.034']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['1.035']);
    const same = parts
      .filter((p) => p.kind === 'same')
      .map((p) => p.text)
      .join(' ');
    expect(same).toContain('…');
    expect(same.length).toBeLessThan(400);
    // Kept text ends on whole words: "loại" (the word before the cut), never "lo" or "hiệ".
    expect(same).toMatch(/loại …$/);
  });

  it('keeps the spaces around a changed number in a long section', () => {
    const diff = correctSeed('A.IV.1', (section) => {
      section.blocks = section.blocks.map((b) =>
        b.kind === 'list'
          ? { ...b, items: b.items.map((item) => item.replace('tiếp nhận 63 hồ sơ', 'tiếp nhận 64 hồ sơ')) }
          : b,
      );
    });
    const parts = diff.changes[0]!.parts;
    const at = parts.findIndex((p) => p.kind === 'removed');
    expect(parts[at]!.text).toBe('63');
    expect(parts[at - 1]!.text).toMatch(/tiếp nhận $/);
    expect(parts[at + 2]!.text).toMatch(/^ hồ sơ/);
  });
});

describe('matchSections', () => {
  it('keeps the newer order and shows a removed section after its predecessor in the older edition', () => {
    const [a, b, c] = seedContent().sections;
    const added = { ...c!, key: 'A.Z' };
    const pairs = matchSections([a!, b!, c!], [a!, c!, added]);
    expect(pairs.map((p) => [p.key, Boolean(p.before), Boolean(p.after)])).toEqual([
      [a!.key, true, true],
      [b!.key, true, false],
      [c!.key, true, true],
      ['A.Z', false, true],
    ]);
  });
});

describe('blockLines', () => {
  it('writes each list item after the marker the reports use', () => {
    expect(blockLines({ kind: 'list', style: 'dash', items: ['a'] })).toEqual(['- a']);
    expect(blockLines({ kind: 'list', style: 'parenthesized', items: ['a', 'b'] })).toEqual([
      '(1) a',
      '(2) b',
    ]);
    expect(blockLines({ kind: 'list', style: 'numbered', items: ['a', 'b'] })).toEqual(['1. a', '2. b']);
    expect(blockLines({ kind: 'paragraph', text: 'x' })).toEqual(['x']);
  });
});
