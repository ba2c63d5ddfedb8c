/**
 * Where each figure of a section is stated in its narrative, so the report page can give the sentence an
 * anchor (`so-lieu-<section>-<n>`) that the figures pages and open data link to, and highlight it.
 */
import { findMentions, narrativePieces, type Section, sentenceAround } from '@khcn/domain';
import { factAnchor } from './figures.ts';

/** A piece of narrative text split into runs; a run that is a figure's sentence carries its anchors. */
export type NarrativeRun = { text: string; anchors: string[] };

export type SectionFigureAnchors = {
  /** Runs of a paragraph (`<block>`) or a list item (`<block>.<item>`). */
  runs(blockIndex: number, itemIndex: number | null): NarrativeRun[];
  /** Anchors of figures that could not be placed in the narrative: they go on the figure's table row. */
  unplaced: Set<number>;
};

export function sectionFigureAnchors(section: Section): SectionFigureAnchors {
  const pieces = narrativePieces(section.blocks);
  const spans = new Map<string, Array<{ start: number; end: number; anchors: string[] }>>();
  const unplaced = new Set<number>();
  const keyOf = (b: number, i: number | null) => `${b}.${i ?? '-'}`;
  section.facts.forEach((fact, index) => {
    const match = fact.mention
      ? findMentions(pieces, fact.mention).find((m) => m.value === fact.value)
      : undefined;
    if (!match) {
      unplaced.add(index);
      return;
    }
    const { start, end } = sentenceAround(match.piece.text, match.numberStart);
    const key = keyOf(match.piece.blockIndex, match.piece.itemIndex);
    const list = spans.get(key) ?? [];
    const same = list.find((s) => s.start === start && s.end === end);
    if (same) same.anchors.push(factAnchor(section.key, index));
    else list.push({ start, end, anchors: [factAnchor(section.key, index)] });
    spans.set(key, list);
  });
  const textOf = new Map(pieces.map((p) => [keyOf(p.blockIndex, p.itemIndex), p.text]));
  return {
    unplaced,
    runs(blockIndex, itemIndex) {
      const key = keyOf(blockIndex, itemIndex);
      const text = textOf.get(key) ?? '';
      const list = (spans.get(key) ?? []).sort((a, b) => a.start - b.start);
      const runs: NarrativeRun[] = [];
      let at = 0;
      for (const s of list) {
        if (s.start < at) continue; // sentences never overlap; a defensive skip
        if (s.start > at) runs.push({ text: text.slice(at, s.start), anchors: [] });
        runs.push({ text: text.slice(s.start, s.end), anchors: s.anchors });
        at = s.end;
      }
      if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), anchors: [] });
      return runs;
    },
  };
}
