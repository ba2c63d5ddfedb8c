import {
  type Block,
  canonicalJson,
  type Fact,
  type SectionContent,
  sectionContentSchema,
} from '@khcn/domain';
import type { z } from 'zod';

/**
 * The editor's form holds the section as the user types it: list items one per line (blank lines while
 * typing), empty optional fields as ''. Before saving it is normalised to what the API stores.
 */
export type SectionDraft = SectionContent;

const trimOrUndefined = (s: string | undefined) => {
  const t = s?.trim();
  return t ? t : undefined;
};

/** Trims text; blank lines of a list are dropped (an empty block stays, and fails validation visibly). */
function normalizeBlock(block: Block): Block {
  if (block.kind === 'paragraph') return { kind: 'paragraph', text: block.text.trim() };
  return { kind: 'list', style: block.style, items: block.items.map((i) => i.trim()).filter(Boolean) };
}

/** A level's date left empty means the end of the report's month: no `asOf`. */
function normalizeBasis(basis: Fact['basis'] | undefined): Fact['basis'] {
  if (!basis) return { kind: 'month' };
  if (basis.kind === 'level') return basis.asOf ? { kind: 'level', asOf: basis.asOf } : { kind: 'level' };
  return basis;
}

function normalizeFact(fact: Fact): Fact {
  const before = fact.mention?.before.trim() ?? '';
  const after = fact.mention?.after.trim() ?? '';
  const normalized: Fact = {
    indicator: fact.indicator,
    value: fact.value,
    qualifier: fact.qualifier ?? 'exact',
    basis: normalizeBasis(fact.basis),
  };
  const asWritten = trimOrUndefined(fact.asWritten);
  if (asWritten) normalized.asWritten = asWritten;
  if (before || after) normalized.mention = { before, after };
  const note = trimOrUndefined(fact.note);
  if (note) normalized.note = note;
  return normalized;
}

/** Trims text, drops blank list lines, removes empty optional fields. */
export function normalizeSectionDraft(draft: SectionDraft): SectionContent {
  return {
    title: draft.title.trim(),
    blocks: draft.blocks.map(normalizeBlock),
    facts: draft.facts.map(normalizeFact),
    legalRefs: draft.legalRefs,
    recordRefs: draft.recordRefs,
  };
}

export type DraftCheck = { ok: true; content: SectionContent } | { ok: false; issues: z.core.$ZodIssue[] };

/** Normalises and validates with the domain's schema (the same one the API uses). */
export function checkSectionDraft(draft: SectionDraft): DraftCheck {
  const result = sectionContentSchema.safeParse(normalizeSectionDraft(draft));
  return result.success ? { ok: true, content: result.data } : { ok: false, issues: result.error.issues };
}

export function isSameContent(a: SectionContent, b: SectionContent): boolean {
  return canonicalJson(normalizeSectionDraft(a)) === canonicalJson(normalizeSectionDraft(b));
}

/** A list block's items as the textarea shows them: one per line. */
export const itemsToText = (items: readonly string[]) => items.join('\n');
export const textToItems = (text: string) => text.split('\n');

/** Converts a block to another kind, keeping its text. */
export function convertBlock(block: Block, kind: 'paragraph' | 'dash' | 'parenthesized' | 'numbered'): Block {
  const lines = block.kind === 'paragraph' ? block.text.split('\n') : block.items;
  if (kind === 'paragraph') return { kind: 'paragraph', text: lines.join(' ').replace(/\s+/g, ' ').trim() };
  return { kind: 'list', style: kind, items: lines.length > 0 ? lines : [''] };
}

/**
 * Where a validation message or a reconciliation finding is shown: block messages on the block,
 * figure messages on the figure's field (`facts.2.value`), mention messages on the mention inputs.
 */
export function displayPathOf(path: ReadonlyArray<PropertyKey>): string {
  const [area, index, field] = path;
  if (area === 'blocks' && typeof index === 'number') return `blocks.${index}`;
  if (area === 'facts' && typeof index === 'number')
    return `facts.${index}.${field === undefined ? 'indicator' : String(field)}`;
  if ((area === 'legalRefs' || area === 'recordRefs') && typeof index === 'number') return `${area}.${index}`;
  if (area === 'title') return 'title';
  return 'section';
}

/** Validation messages of a draft, grouped by where they are shown. */
export function groupIssues(issues: readonly z.core.$ZodIssue[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const issue of issues) {
    const key = displayPathOf(issue.path);
    const list = byPath.get(key) ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    byPath.set(key, list);
  }
  return byPath;
}
