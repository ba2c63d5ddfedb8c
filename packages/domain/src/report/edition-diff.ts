/**
 * What changed between two editions of a report, on the `diff` library (ADR 0015): sections matched by their
 * stable key, narrative compared line by line and word by word. Two readings of one comparison: staff see every
 * line, the frame and the figures (`diffContents`, the admin app's history page); the public site shows each
 * changed section as one run of words with long unchanged stretches shortened (`diffForReaders`).
 */
import { diffLines, diffWords } from 'diff';
import { formatDate, formatNumber, formatReportNumber } from '../format/vietnamese-format.ts';
import { formatLegalReference } from '../legal/legal-reference.schema.ts';
import type { PublicEdition } from '../snapshot/public-snapshot.schema.ts';
import { basisKey, describeBasis, qualifiedText } from './figure.schema.ts';
import { type Indicator, indicatorNameAt } from './indicator.schema.ts';
import {
  type Block,
  blockLines,
  type Fact,
  listMarker,
  outlineNumber,
  type ReportContent,
  type Section,
  signingAuthorities,
} from './report.schema.ts';

/** A run of text that is in both editions, only in the newer, or only in the older. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };
/** A line kept, added or removed whole, or changed (then `parts` shows the words that changed). */
export type DiffLine =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart[] };

const partKind = (c: { added?: boolean; removed?: boolean }): DiffPart['kind'] =>
  c.added ? 'added' : c.removed ? 'removed' : 'same';

/** Word by word; `segmenter` splits words as a language does (Vietnamese syllables stay whole). */
function diffWordParts(before: string, after: string, segmenter?: Intl.Segmenter): DiffPart[] {
  const changes = segmenter
    ? diffWords(before, after, { intlSegmenter: segmenter })
    : diffWords(before, after);
  return changes.map((c) => ({ kind: partKind(c), text: c.value }));
}

const withNewline = (lines: readonly string[]) => lines.map((l) => `${l}\n`).join('');
const splitLines = (text: string) => text.replace(/\n$/, '').split('\n');

/** A line diff; a removed run followed by an added run becomes changed lines with a word diff. */
function diffText(before: readonly string[], after: readonly string[]): DiffLine[] {
  const result: DiffLine[] = [];
  const changes = diffLines(withNewline(before), withNewline(after));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const following = changes[i + 1];
    if (change.removed && following?.added) {
      const removed = splitLines(change.value);
      const added = splitLines(following.value);
      const paired = Math.min(removed.length, added.length);
      for (let j = 0; j < paired; j++)
        result.push({ kind: 'changed', parts: diffWordParts(removed[j]!, added[j]!) });
      for (const text of removed.slice(paired)) result.push({ kind: 'removed', text });
      for (const text of added.slice(paired)) result.push({ kind: 'added', text });
      i++;
      continue;
    }
    const kind = partKind(change);
    for (const text of splitLines(change.value)) result.push({ kind, text });
  }
  return result;
}

/** A section of either edition, matched by its key: absent from the older (added) or from the newer (removed). */
export type SectionPair = { key: string; before: Section | undefined; after: Section | undefined };

/** Every section of both editions in reading order: the newer's, each removed one after its older predecessor. */
export function matchSections(before: readonly Section[], after: readonly Section[]): SectionPair[] {
  const keys = after.map((s) => s.key);
  before.forEach((s, i) => {
    if (keys.includes(s.key)) return;
    const previous = before[i - 1]?.key;
    keys.splice(previous ? keys.indexOf(previous) + 1 : 0, 0, s.key);
  });
  return keys.map((key) => ({
    key,
    before: before.find((s) => s.key === key),
    after: after.find((s) => s.key === key),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Staff: every line of the narrative and the frame, and the figures that changed.

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
export type ContentDiff = { frame: FrameDiff[]; sections: SectionDiff[] };

/** How the comparison names figures: the indicator's name and the report's period. */
export type FigureNaming = { period: string; nameOf: (code: string) => string };

const linesOf = (blocks: readonly Block[]) => blocks.flatMap(blockLines);

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

function diffSection({ before, after }: SectionPair, naming: FigureNaming, number: string): SectionDiff {
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

const recipientLine = (r: ReportContent['recipients'][number]) =>
  `${r.name}${r.forReport ? ' (để báo cáo)' : ''}`;

function frameLines(content: ReportContent): Record<string, string[]> {
  const s = content.signature;
  return {
    subject: [content.subject],
    place: [content.place],
    closing: [content.closing],
    recipients: content.recipients.map((r) => `${listMarker('dash', 0)}${recipientLine(r)}`),
    archive: [content.archive.join(', ')],
    signature: s ? [s.authorityTitle, s.signerTitle, s.signerName] : [],
  };
}

/** What changed between two editions' content, for staff: the frame, and per section a line and word diff. */
export function diffContents(before: ReportContent, after: ReportContent, naming: FigureNaming): ContentDiff {
  const beforeFrame = frameLines(before);
  const afterFrame = frameLines(after);
  const frame = Object.keys(afterFrame).flatMap((field) => {
    const lines = diffText(beforeFrame[field] ?? [], afterFrame[field] ?? []);
    return lines.some((l) => l.kind !== 'same') ? [{ field, lines }] : [];
  });
  const sections = matchSections(before.sections, after.sections).map((pair) =>
    diffSection(pair, naming, outlineNumber(pair.after ? after.sections : before.sections, pair.key)),
  );
  return { frame, sections };
}

// ---------------------------------------------------------------------------------------------------------
// Readers: each changed section as one run of words, long unchanged stretches shortened.

export type SectionChange = {
  key: string;
  heading: string;
  status: 'added' | 'removed' | 'changed';
  parts: DiffPart[];
};
export type ReaderDiff = { fromEditionNo: number; toEditionNo: number; changes: SectionChange[] };

/** How the readers' diff names figures: the catalogue and the report's period. */
export type FigureNames = { indicators: ReadonlyMap<string, Indicator>; period: string };

/** The section as plain text: heading, narrative, figures and cited documents, one item per line. */
function sectionText(section: Section, names: FigureNames): string {
  const lines = [`${section.label} ${section.title}`, ...linesOf(section.blocks)];
  for (const fact of section.facts) {
    const indicator = names.indicators.get(fact.indicator);
    const name = indicator ? indicatorNameAt(indicator, names.period) : fact.indicator;
    const value = qualifiedText(fact.qualifier, fact.asWritten ?? formatNumber(fact.value));
    lines.push(
      `Số liệu: ${name} (${describeBasis(fact.basis, names.period)}): ${value} ${indicator?.unit ?? ''}${fact.note ? ` (${fact.note})` : ''}`.replace(
        / +$/,
        '',
      ),
    );
  }
  for (const ref of section.legalRefs) lines.push(`Văn bản viện dẫn: ${formatLegalReference(ref)}`);
  return lines.join('\n');
}

/** Number, date, subject, signature and recipients: what is not in a section. */
function documentText(edition: PublicEdition): string {
  const c = edition.content;
  const lines = [
    formatReportNumber(edition.number.sequence, edition.number.symbol),
    `Ngày ban hành: ${formatDate(edition.issuedOn)}`,
    `Trích yếu: ${c.subject}`,
    c.closing,
  ];
  if (c.signature) {
    const authority = signingAuthorities[c.signature.authority];
    lines.push(
      `Người ký: ${authority ? `${authority} ${c.signature.authorityTitle} - ` : ''}${c.signature.signerTitle} ${c.signature.signerName}`,
    );
  }
  for (const r of c.recipients) lines.push(`Nơi nhận: ${recipientLine(r)}`);
  lines.push(`Lưu: ${c.archive.join(', ')}`);
  return lines.join('\n');
}

const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });
const CONTEXT = 120;

/** Shortens long unchanged runs to their ends so the changes stand out. */
function trimSame(parts: DiffPart[]): DiffPart[] {
  return parts.map((part, i) => {
    if (part.kind !== 'same' || part.text.length <= CONTEXT * 2 + 20) return part;
    // Cut at word boundaries so no word is shown in half.
    // The head keeps the run's leading space and the tail its trailing one: a changed word next to them
    // ("tiếp nhận 790 hồ sơ" -> "797") keeps the spaces around it.
    const head = i === 0 ? '' : part.text.slice(0, CONTEXT).replace(/\s+\S*$/, '');
    const tail = i === parts.length - 1 ? '' : part.text.slice(-CONTEXT).replace(/^\S*\s+/, '');
    return { kind: 'same', text: `${head}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail}` };
  });
}

const readerParts = (before: string, after: string) => trimSame(diffWordParts(before, after, segmenter));

/** What a correction changed, for readers: the document's particulars, then each section added, changed or removed. */
export function diffForReaders(from: PublicEdition, to: PublicEdition, names: FigureNames): ReaderDiff {
  const changes: SectionChange[] = [];
  const docBefore = documentText(from);
  const docAfter = documentText(to);
  if (docBefore !== docAfter)
    changes.push({
      key: '',
      heading: 'Thông tin văn bản',
      status: 'changed',
      parts: readerParts(docBefore, docAfter),
    });
  for (const { key, before, after } of matchSections(from.content.sections, to.content.sections)) {
    const shown = (after ?? before)!;
    const heading = `${shown.label} ${shown.title}`;
    if (!before)
      changes.push({
        key,
        heading,
        status: 'added',
        parts: [{ kind: 'added', text: sectionText(after!, names) }],
      });
    else if (!after)
      changes.push({
        key,
        heading,
        status: 'removed',
        parts: [{ kind: 'removed', text: sectionText(before, names) }],
      });
    else {
      const textBefore = sectionText(before, names);
      const textAfter = sectionText(after, names);
      if (textBefore !== textAfter)
        changes.push({ key, heading, status: 'changed', parts: readerParts(textBefore, textAfter) });
    }
  }
  return { fromEditionNo: from.editionNo, toEditionNo: to.editionNo, changes };
}
