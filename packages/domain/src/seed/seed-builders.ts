import type { Block, FactInput, SectionInput } from '../report/report.schema.ts';
import type { LegalReference } from '../legal/legal-reference.schema.ts';

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const dashList = (...items: string[]): Block => ({ kind: 'list', style: 'dash', items });
export const parenList = (...items: string[]): Block => ({ kind: 'list', style: 'parenthesized', items });
export const numberedList = (...items: string[]): Block => ({ kind: 'list', style: 'numbered', items });

/** A figure with the words around it in the narrative. */
export function fact(
  indicator: string,
  asWritten: string,
  before: string,
  after: string,
  options: Pick<FactInput, 'qualifier' | 'basis'> = {},
): FactInput {
  const value = Number(asWritten.replace(/\./g, '').replace(',', '.'));
  return { indicator, value, asWritten, ...options, mention: { before, after } };
}

export function section(
  key: string,
  label: string,
  title: string,
  division: string,
  parts: Partial<Pick<SectionInput, 'blocks' | 'facts' | 'legalRefs' | 'recordRefs'>> = {},
): SectionInput {
  const dot = key.lastIndexOf('.');
  return {
    key,
    parentKey: dot < 0 ? null : key.slice(0, dot),
    label,
    title,
    division,
    blocks: parts.blocks ?? [],
    facts: parts.facts ?? [],
    legalRefs: parts.legalRefs ?? [],
    recordRefs: parts.recordRefs ?? [],
  };
}

export const ref = (
  kind: LegalReference['kind'],
  code: string,
  issuedOn?: string,
  issuer?: string,
  title?: string,
): LegalReference => {
  const parts = code.split('/');
  const r: LegalReference =
    parts.length === 3
      ? { kind, number: parts[0]!, year: Number(parts[1]), symbol: parts[2]! }
      : { kind, number: parts[0]!, symbol: parts[1]! };
  if (issuedOn) r.issuedOn = issuedOn;
  if (issuer) r.issuer = issuer;
  if (title) r.title = title;
  return r;
};

/** The province's 2024 inspection plan: the basis of November's inspections, cited by the report and the records. */
export const inspectionPlan2024 = (): LegalReference =>
  ref(
    'decision',
    '2730/QĐ-CTUBND',
    '2023-12-20',
    'Chủ tịch Ủy ban nhân dân tỉnh',
    'Ban hành Kế hoạch thanh tra năm 2024 của tỉnh Hưng Yên',
  );
