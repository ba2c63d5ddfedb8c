import { z } from 'zod';
import {
  divisionCodeSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  periodSchema,
  shortTextSchema,
  textSchema,
} from '../common.schema.ts';
import { legalReferenceSchema } from '../legal/legal-reference.schema.ts';
import { factQualifierSchema, figureBasisSchema } from './figure.schema.ts';
import { indicatorCodeSchema } from './indicator.schema.ts';
import { type RecordKind, recordKinds } from '../records/record-kinds.ts';

/** A paragraph, or a list whose items are introduced by "- ", "(1)" or "1.". */
export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: textSchema }),
  z.object({
    kind: z.literal('list'),
    style: z.enum(['dash', 'parenthesized', 'numbered']),
    items: z.array(textSchema).min(1),
  }),
]);
export type Block = z.infer<typeof blockSchema>;
export type ListStyle = Extract<Block, { kind: 'list' }>['style'];

/** The marker the department's reports write before a list item, kept as text: "- ", "(1) ", "1. ". */
export function listMarker(style: ListStyle, index: number): string {
  return style === 'dash' ? '- ' : style === 'parenthesized' ? `(${index + 1}) ` : `${index + 1}. `;
}

/** A block as the lines a reader sees: a paragraph, or each list item after its marker. */
export function blockLines(block: Block): string[] {
  if (block.kind === 'paragraph') return [block.text];
  return block.items.map((item, i) => `${listMarker(block.style, i)}${item}`);
}

/**
 * A structured figure stated by a section, optionally tied to the place in the narrative that says it:
 * which indicator, its value, the period it counts over and the word that qualifies it (figure.schema.ts).
 */
export const factSchema = z.object({
  /** A code of the department's indicator catalogue (checked against it where the catalogue is known). */
  indicator: indicatorCodeSchema,
  value: z.number().min(0).max(1e12),
  /** The figure as the author typed it ("03", "1.034"); kept verbatim. */
  asWritten: z.string().trim().min(1).max(32).optional(),
  /** The text's own qualifier word ("hơn", "gần"...), or `exact`. */
  qualifier: factQualifierSchema.default('exact'),
  /** The period the figure counts over; the report's month unless the words say otherwise. */
  basis: figureBasisSchema.default({ kind: 'month' }),
  /** Words around the figure in the narrative: "<before> <figure> <after>". */
  mention: z.object({ before: z.string().max(200), after: z.string().max(200) }).optional(),
  note: shortTextSchema.optional(),
});
export type Fact = z.infer<typeof factSchema>;
export type FactInput = z.input<typeof factSchema>;

export type { RecordKind };
export const recordRefSchema = z.object({ kind: z.enum(recordKinds), id: idSchema });
export type RecordRef = z.infer<typeof recordRefSchema>;

/** Editable content of one section of the outline. */
export const sectionContentSchema = z.object({
  title: shortTextSchema,
  blocks: z.array(blockSchema).max(500),
  facts: z.array(factSchema).max(200),
  legalRefs: z.array(legalReferenceSchema).max(100),
  recordRefs: z.array(recordRefSchema).max(1000),
});
export type SectionContent = z.infer<typeof sectionContentSchema>;

/**
 * A node of the outline, stored flat in document order. `key` is stable ("A.II.1.1"),
 * `label` is the numbering as printed ("1.1."), `parentKey` links the tree.
 */
export const sectionSchema = sectionContentSchema.extend({
  key: z.string().regex(/^[A-Z](\.[A-Z0-9]+)*$/),
  parentKey: z.string().nullable(),
  label: z.string().trim().min(1).max(16),
  division: divisionCodeSchema,
});
export type Section = z.infer<typeof sectionSchema>;
export type SectionInput = z.input<typeof sectionSchema>;

export const recipientSchema = z.object({
  name: shortTextSchema,
  /** Bracketed "Để báo cáo" in the Nơi nhận block. */
  forReport: z.boolean().default(false),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const signingAuthorities = { none: '', deputy: 'KT.', acting: 'Q.', on_behalf: 'TM.' } as const;
export const signatureSchema = z.object({
  authority: z.enum(['none', 'deputy', 'acting', 'on_behalf']),
  authorityTitle: shortTextSchema,
  signerTitle: shortTextSchema,
  signerName: shortTextSchema,
});
export type Signature = z.infer<typeof signatureSchema>;

/** Everything an editor or clerk can change in an edition: the part the content hash covers. */
export const reportContentSchema = z.object({
  subject: shortTextSchema,
  place: shortTextSchema,
  sections: z.array(sectionSchema).min(1).max(300),
  recipients: z.array(recipientSchema).max(100),
  /** Archive line "Lưu: VT, VPTr." codes. */
  archive: z.array(z.string().trim().min(1).max(20)).max(10),
  closing: shortTextSchema,
  signature: signatureSchema.nullable(),
});
export type ReportContent = z.infer<typeof reportContentSchema>;
export type ReportContentInput = z.input<typeof reportContentSchema>;

/** The frame of an edition: everything but the sections (subject, place, closing, Nơi nhận, Lưu, signature). */
export const reportFrameSchema = reportContentSchema.pick({
  subject: true,
  place: true,
  closing: true,
  recipients: true,
  archive: true,
  signature: true,
});
export type ReportFrame = z.infer<typeof reportFrameSchema>;

/** An edition's frame, read from its content. */
export function frameOf(content: ReportContent): ReportFrame {
  const { subject, place, closing, recipients, archive, signature } = content;
  return { subject, place, closing, recipients, archive, signature };
}

export const editionStatuses = ['draft', 'in_review', 'approved', 'published'] as const;
export type EditionStatus = (typeof editionStatuses)[number];
export const editionStatusLabels: Record<EditionStatus, string> = {
  draft: 'Soạn thảo',
  in_review: 'Đã trình',
  approved: 'Đã duyệt',
  published: 'Đã công khai',
};

export const reportNumberSchema = z.object({
  sequence: z.number().int().min(1).max(9999),
  symbol: z.string().regex(/^BC-[A-ZĐ0-9-]+$/),
});
export type ReportNumber = z.infer<typeof reportNumberSchema>;

/** One edition of a monthly report. Edition 1 is the original; later editions are corrections. */
export const reportEditionSchema = z.object({
  id: idSchema,
  reportId: idSchema,
  period: periodSchema,
  editionNo: z.number().int().min(1),
  status: z.enum(editionStatuses),
  number: reportNumberSchema.nullable(),
  issuedOn: isoDateSchema.nullable(),
  changeNote: shortTextSchema.nullable(),
  contentHash: z.string().nullable(),
  submittedBy: idSchema.nullable(),
  approvedBy: idSchema.nullable(),
  approvedAt: isoDateTimeSchema.nullable(),
  returnReason: shortTextSchema.nullable(),
  content: reportContentSchema,
});
export type ReportEdition = z.infer<typeof reportEditionSchema>;

export const createReportInputSchema = z.object({
  period: periodSchema,
  fromPreviousMonth: z.boolean().default(false),
});
export const updateSectionInputSchema = z.object({
  editionId: idSchema,
  key: z.string().min(1),
  /** The section version the editor started from (optimistic concurrency). */
  version: z.number().int().min(0),
  content: sectionContentSchema,
});
export type UpdateSectionInput = z.infer<typeof updateSectionInputSchema>;
export const reasonSchema = z.object({ reason: z.string().trim().min(5).max(2000) });
export const changeNoteSchema = z.object({ changeNote: z.string().trim().min(5).max(2000) });

/** Derives the tree from the flat ordered list. */
export type OutlineNode = { section: Section; children: OutlineNode[]; depth: number };
export function buildOutlineTree(sections: readonly Section[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const byKey = new Map<string, OutlineNode>();
  for (const section of sections) {
    const parent = section.parentKey ? byKey.get(section.parentKey) : undefined;
    const node: OutlineNode = { section, children: [], depth: parent ? parent.depth + 1 : 0 };
    byKey.set(section.key, node);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * The full outline number of a section as the reader finds it: "A.II.2" for "2." under "II." under "A.",
 * "A.II.1.1" for "1.1." under "1." (a label that repeats its parent's number replaces it).
 */
export function outlineNumber(
  sections: readonly Pick<Section, 'key' | 'parentKey' | 'label'>[],
  key: string,
): string {
  const byKey = new Map(sections.map((s) => [s.key, s]));
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let s = byKey.get(key); s && !seen.has(s.key); s = s.parentKey ? byKey.get(s.parentKey) : undefined) {
    seen.add(s.key);
    chain.unshift(s.label.trim().replace(/\.+$/, ''));
  }
  const parts: string[] = [];
  for (const label of chain) {
    const last = parts[parts.length - 1];
    if (last !== undefined && label.startsWith(`${last}.`)) parts[parts.length - 1] = label;
    else parts.push(label);
  }
  return parts.join('.') || key;
}

/** `content` with section `key` changed by `edit`, the other sections as they were. */
export function withSection(
  content: ReportContent,
  key: string,
  edit: (section: Section) => Section,
): ReportContent {
  return { ...content, sections: content.sections.map((s) => (s.key === key ? edit(s) : s)) };
}

/** The blocks with `from` replaced by `to` in their paragraphs (lists as they were). */
export function replaceInParagraphs(blocks: readonly Block[], from: string, to: string): Block[] {
  return blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: b.text.replace(from, to) } : b));
}

/** All narrative text of a section, blocks joined, for reconciliation and search. */
export function sectionNarrative(section: Pick<Section, 'blocks'>): string {
  return section.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.join('\n'))).join('\n');
}

/** All facts of an edition, with the key of the section that states them. */
export function collectFacts(content: Pick<ReportContent, 'sections'>): Array<Fact & { sectionKey: string }> {
  return content.sections.flatMap((s) => s.facts.map((f) => ({ ...f, sectionKey: s.key })));
}

/**
 * Canonical JSON of the content (sorted keys, NFC strings): the input of the content hash.
 * Hashing itself happens outside the domain (no crypto here).
 */
export function canonicalizeContent(content: ReportContent): string {
  return canonicalJson(content);
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' ? JSON.stringify(value.normalize('NFC')) : JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
