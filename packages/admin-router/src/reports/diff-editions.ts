import { listIndicators } from '@khcn/db';
import {
  type Block,
  basisKey,
  describeBasis,
  type Fact,
  formatNumber,
  indicatorNameAt,
  outlineNumber,
  qualifiedText,
  type ReportContent,
  requirePermission,
  type Section,
} from '@khcn/domain';
import { diffLines, diffWords } from 'diff';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { DiffEditionsInput } from './report-inputs.schema.ts';
import { requireEdition } from './require-edition.ts';

/** A run of text that is in both editions, only in the newer, or only in the older. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };
/** A line kept, added or removed whole, or changed (then `parts` shows the words that changed). */
export type DiffLine =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart[] };

export type SectionDiff = {
  key: string;
  label: string;
  /** The full outline number ("A.II.2"): a label alone ("2.") is ambiguous. */
  number: string;
  title: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  titleChange: { before: string; after: string } | null;
  lines: DiffLine[];
  /** Figures that changed: as the text states them, with their period ("hơn 9.800, lũy kế 11 tháng năm 2024"). */
  facts: Array<{ indicator: string; label: string; before: string | null; after: string | null }>;
};

export type FrameDiff = { field: string; lines: DiffLine[] };

export type EditionDiff = {
  from: { id: string; editionNo: number; period: string };
  to: { id: string; editionNo: number; period: string };
  frame: FrameDiff[];
  sections: SectionDiff[];
};

function blockLines(block: Block): string[] {
  if (block.kind === 'paragraph') return [block.text];
  return block.items.map((item, i) =>
    block.style === 'dash'
      ? `- ${item}`
      : block.style === 'parenthesized'
        ? `(${i + 1}) ${item}`
        : `${i + 1}. ${item}`,
  );
}

const linesOf = (blocks: readonly Block[]) => blocks.flatMap(blockLines);
const withNewline = (lines: readonly string[]) => lines.map((l) => `${l}\n`).join('');
const splitLines = (text: string) => text.replace(/\n$/, '').split('\n');

/** A line diff; a removed run followed by an added run becomes changed lines with a word diff. */
export function diffText(before: readonly string[], after: readonly string[]): DiffLine[] {
  const result: DiffLine[] = [];
  const changes = diffLines(withNewline(before), withNewline(after));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const following = changes[i + 1];
    if (change.removed && following?.added) {
      const removed = splitLines(change.value);
      const added = splitLines(following.value);
      const paired = Math.min(removed.length, added.length);
      for (let j = 0; j < paired; j++) {
        result.push({
          kind: 'changed',
          parts: diffWords(removed[j]!, added[j]!).map((p) => ({
            kind: p.added ? 'added' : p.removed ? 'removed' : 'same',
            text: p.value,
          })),
        });
      }
      for (const text of removed.slice(paired)) result.push({ kind: 'removed', text });
      for (const text of added.slice(paired)) result.push({ kind: 'added', text });
      i++;
      continue;
    }
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of splitLines(change.value)) result.push({ kind, text });
  }
  return result;
}

/** How the comparison names figures: the indicator's name and the report's period. */
export type FigureNaming = { period: string; nameOf: (code: string) => string };

function diffFacts(
  before: readonly Fact[],
  after: readonly Fact[],
  naming: FigureNaming,
): SectionDiff['facts'] {
  const slot = (f: Fact) => `${f.indicator}|${basisKey(f.basis)}`;
  const text = (f: Fact | undefined) =>
    f
      ? `${qualifiedText(f.qualifier, f.asWritten ?? formatNumber(f.value))} (${describeBasis(f.basis, naming.period)})`
      : null;
  const slots = [...new Set([...before, ...after].map(slot))];
  return slots.flatMap((key) => {
    const b = text(before.find((f) => slot(f) === key));
    const a = text(after.find((f) => slot(f) === key));
    const indicator = key.slice(0, key.indexOf('|'));
    return a === b ? [] : [{ indicator, label: naming.nameOf(indicator), before: b, after: a }];
  });
}

function diffSection(
  before: Section | undefined,
  after: Section | undefined,
  naming: FigureNaming,
  number: string,
): SectionDiff {
  const shown = (after ?? before)!;
  const lines = diffText(before ? linesOf(before.blocks) : [], after ? linesOf(after.blocks) : []);
  const facts = diffFacts(before?.facts ?? [], after?.facts ?? [], naming);
  const titleChange =
    before && after && before.title !== after.title ? { before: before.title, after: after.title } : null;
  const changed = titleChange !== null || facts.length > 0 || lines.some((l) => l.kind !== 'same');
  return {
    key: shown.key,
    label: shown.label,
    number,
    title: shown.title,
    status: !before ? 'added' : !after ? 'removed' : changed ? 'changed' : 'unchanged',
    titleChange,
    lines,
    facts,
  };
}

function frameLines(content: ReportContent): Record<string, string[]> {
  const s = content.signature;
  return {
    subject: [content.subject],
    place: [content.place],
    closing: [content.closing],
    recipients: content.recipients.map((r) => `- ${r.name}${r.forReport ? ' (để báo cáo)' : ''}`),
    archive: [content.archive.join(', ')],
    signature: s ? [s.authorityTitle, s.signerTitle, s.signerName] : [],
  };
}

/** What changed between two editions: the frame, and per section a readable line and word diff. */
export function diffContents(
  before: ReportContent,
  after: ReportContent,
  naming: FigureNaming,
): Pick<EditionDiff, 'frame' | 'sections'> {
  const beforeFrame = frameLines(before);
  const afterFrame = frameLines(after);
  const frame = Object.keys(afterFrame).flatMap((field) => {
    const lines = diffText(beforeFrame[field] ?? [], afterFrame[field] ?? []);
    return lines.some((l) => l.kind !== 'same') ? [{ field, lines }] : [];
  });
  const keys = [...after.sections.map((s) => s.key)];
  before.sections.forEach((s, i) => {
    if (keys.includes(s.key)) return;
    // A removed section is shown after its predecessor in the older edition.
    const previous = before.sections[i - 1]?.key;
    const at = previous ? keys.indexOf(previous) + 1 : 0;
    keys.splice(at, 0, s.key);
  });
  const sections = keys.map((key) =>
    diffSection(
      before.sections.find((s) => s.key === key),
      after.sections.find((s) => s.key === key),
      naming,
      outlineNumber(after.sections.some((s) => s.key === key) ? after.sections : before.sections, key),
    ),
  );
  return { frame, sections };
}

/** Compares two editions (usually an approved one and its correction). */
export async function diffEditions(ctx: AuthedContext, input: DiffEditionsInput): Promise<EditionDiff> {
  requirePermission(ctx.actor, 'report.read');
  const from = await requireEdition(ctx.db, input.fromEditionId);
  const to = await requireEdition(ctx.db, input.toEditionId);
  const ref = (e: typeof from) => ({
    id: e.edition.id,
    editionNo: e.edition.editionNo,
    period: e.edition.period,
  });
  const catalogue = new Map((await listIndicators(ctx.db)).map((i) => [i.code, i]));
  const period = to.edition.period;
  const naming: FigureNaming = {
    period,
    nameOf: (code) => {
      const indicator = catalogue.get(code);
      return indicator ? indicatorNameAt(indicator, period) : code;
    },
  };
  return { from: ref(from), to: ref(to), ...diffContents(from.edition.content, to.edition.content, naming) };
}
