import { type Block, canonicalJson, type Fact, type SectionContent } from '@khcn/domain';

/**
 * Merging two versions of one report section: "mine" (the editor's unsaved work) and "theirs" (what
 * someone else saved meanwhile), optionally against "base" (the version both started from). Pure: the
 * conflict view renders these rows and the user's choices; nothing is dropped unless the user chooses to.
 */

export type MergeChoice = 'mine' | 'theirs' | 'both';

export type ChangedRow<T> = {
  mine: T | null;
  theirs: T | null;
  /** What a three-way merge would take; 'both' when both sides changed it (a real conflict). */
  suggested: MergeChoice;
  /** Both sides changed the same thing differently: the user must look. */
  isConflict: boolean;
};

export type AlignedRow<T> = { kind: 'same'; value: T } | ({ kind: 'changed' } & ChangedRow<T>);

const keyOf = (value: unknown) => canonicalJson(value);

/** Longest-common-subsequence alignment of two lists by value. */
function alignLists<T>(mine: readonly T[], theirs: readonly T[]): Array<[T | null, T | null]> {
  const a = mine.map(keyOf);
  const b = theirs.map(keyOf);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pairs: Array<[T | null, T | null]> = [];
  let i = 0;
  let j = 0;
  let pendingMine: T[] = [];
  let pendingTheirs: T[] = [];
  const flush = () => {
    const n = Math.max(pendingMine.length, pendingTheirs.length);
    for (let k = 0; k < n; k++) pairs.push([pendingMine[k] ?? null, pendingTheirs[k] ?? null]);
    pendingMine = [];
    pendingTheirs = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      pairs.push([mine[i]!, theirs[j]!]);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      pendingMine.push(mine[i]!);
      i++;
    } else {
      pendingTheirs.push(theirs[j]!);
      j++;
    }
  }
  flush();
  return pairs;
}

function suggest<T>(
  mine: T | null,
  theirs: T | null,
  base: readonly T[] | null,
): Omit<ChangedRow<T>, 'mine' | 'theirs'> {
  if (!base) {
    // Without the common ancestor every difference is the user's call; keep both so nothing is lost.
    if (mine === null) return { suggested: 'theirs', isConflict: false };
    if (theirs === null) return { suggested: 'mine', isConflict: false };
    return { suggested: 'both', isConflict: true };
  }
  const baseKeys = new Set(base.map(keyOf));
  const mineInBase = mine !== null && baseKeys.has(keyOf(mine));
  const theirsInBase = theirs !== null && baseKeys.has(keyOf(theirs));
  if (mine === null) {
    // Present only in theirs: either they added it (take it) or I deleted it (keep my deletion).
    return theirsInBase
      ? { suggested: 'mine', isConflict: false }
      : { suggested: 'theirs', isConflict: false };
  }
  if (theirs === null) {
    return mineInBase ? { suggested: 'theirs', isConflict: false } : { suggested: 'mine', isConflict: false };
  }
  if (mineInBase && !theirsInBase) return { suggested: 'theirs', isConflict: false };
  if (theirsInBase && !mineInBase) return { suggested: 'mine', isConflict: false };
  return { suggested: 'both', isConflict: true };
}

/** Aligns the narrative blocks of two versions; equal blocks pair up, the rest become changed rows. */
export function alignBlocks(
  mine: readonly Block[],
  theirs: readonly Block[],
  base: readonly Block[] | null = null,
): AlignedRow<Block>[] {
  return alignLists(mine, theirs).map(([m, t]) =>
    m !== null && t !== null && keyOf(m) === keyOf(t)
      ? { kind: 'same', value: m }
      : { kind: 'changed', mine: m, theirs: t, ...suggest(m, t, base) },
  );
}

/** Aligns the figures of two versions by indicator (each indicator appears once per section). */
export function alignFacts(
  mine: readonly Fact[],
  theirs: readonly Fact[],
  base: readonly Fact[] | null = null,
): AlignedRow<Fact>[] {
  const indicators = [...new Set([...mine.map((f) => f.indicator), ...theirs.map((f) => f.indicator)])];
  return indicators.map((indicator) => {
    const m = mine.find((f) => f.indicator === indicator) ?? null;
    const t = theirs.find((f) => f.indicator === indicator) ?? null;
    if (m && t && keyOf(m) === keyOf(t)) return { kind: 'same', value: m };
    const b = base?.filter((f) => f.indicator === indicator) ?? null;
    const suggestion = suggest(m, t, base ? b : null);
    // One figure per indicator: a real conflict defaults to mine, with theirs shown beside it.
    if (suggestion.suggested === 'both') suggestion.suggested = 'mine';
    return { kind: 'changed', mine: m, theirs: t, ...suggestion };
  });
}

/** Three-way merge of a set (references): keeps what either side added, drops what either side removed. */
export function mergeSet<T>(mine: readonly T[], theirs: readonly T[], base: readonly T[] | null): T[] {
  const mineKeys = new Set(mine.map(keyOf));
  const theirsKeys = new Set(theirs.map(keyOf));
  const baseKeys = base ? new Set(base.map(keyOf)) : null;
  const keep = (k: string, onOtherSide: boolean) => onOtherSide || !baseKeys?.has(k);
  const result: T[] = [];
  const seen = new Set<string>();
  for (const item of mine) {
    const k = keyOf(item);
    if (!seen.has(k) && keep(k, theirsKeys.has(k))) {
      result.push(item);
      seen.add(k);
    }
  }
  for (const item of theirs) {
    const k = keyOf(item);
    if (!seen.has(k) && keep(k, mineKeys.has(k))) {
      result.push(item);
      seen.add(k);
    }
  }
  return result;
}

/** The user's decision for one changed row: a side, both, or blocks they wrote themselves. */
export type RowResolution<T> = { choice: MergeChoice } | { choice: 'custom'; values: T[] };

export function resolveRow<T>(row: AlignedRow<T>, resolution: RowResolution<T> | undefined): T[] {
  if (row.kind === 'same') return [row.value];
  const r = resolution ?? { choice: row.suggested };
  switch (r.choice) {
    case 'mine':
      return row.mine ? [row.mine] : [];
    case 'theirs':
      return row.theirs ? [row.theirs] : [];
    case 'both':
      return [row.mine, row.theirs].filter((v): v is T => v !== null);
    case 'custom':
      return r.values;
  }
}

export type SectionMerge = {
  title: { mine: string; theirs: string; suggested: 'mine' | 'theirs'; isConflict: boolean } | null;
  blocks: AlignedRow<Block>[];
  facts: AlignedRow<Fact>[];
  legalRefs: SectionContent['legalRefs'];
  recordRefs: SectionContent['recordRefs'];
};

export function planSectionMerge(
  mine: SectionContent,
  theirs: SectionContent,
  base: SectionContent | null,
): SectionMerge {
  let title: SectionMerge['title'] = null;
  if (mine.title !== theirs.title) {
    const mineUnchanged = base !== null && base.title === mine.title;
    const theirsUnchanged = base !== null && base.title === theirs.title;
    title = {
      mine: mine.title,
      theirs: theirs.title,
      suggested: mineUnchanged ? 'theirs' : 'mine',
      isConflict: !mineUnchanged && !theirsUnchanged,
    };
  }
  // Facts compare with one indicator per section; a fact list with two of the same indicator is kept apart.
  return {
    title,
    blocks: alignBlocks(mine.blocks, theirs.blocks, base?.blocks ?? null),
    facts: alignFacts(mine.facts, theirs.facts, base?.facts ?? null),
    legalRefs: mergeSet(mine.legalRefs, theirs.legalRefs, base?.legalRefs ?? null),
    recordRefs: mergeSet(mine.recordRefs, theirs.recordRefs, base?.recordRefs ?? null),
  };
}

export type MergeDecisions = {
  title?: 'mine' | 'theirs';
  blocks: Record<number, RowResolution<Block>>;
  facts: Record<number, RowResolution<Fact>>;
};

/** The merged section from the plan and the user's decisions (suggestions where they made none). */
export function applySectionMerge(
  plan: SectionMerge,
  decisions: MergeDecisions,
  fallbackTitle: string,
): SectionContent {
  const title = plan.title
    ? (decisions.title ?? plan.title.suggested) === 'mine'
      ? plan.title.mine
      : plan.title.theirs
    : fallbackTitle;
  return {
    title,
    blocks: plan.blocks.flatMap((row, i) => resolveRow(row, decisions.blocks[i])),
    facts: plan.facts.flatMap((row, i) => resolveRow(row, decisions.facts[i])),
    legalRefs: plan.legalRefs,
    recordRefs: plan.recordRefs,
  };
}

/** Number of rows where both sides changed the same thing. */
export function countConflicts(plan: SectionMerge): number {
  const rows = [...plan.blocks, ...plan.facts];
  return rows.filter((r) => r.kind === 'changed' && r.isConflict).length + (plan.title?.isConflict ? 1 : 0);
}
