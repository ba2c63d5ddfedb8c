/**
 * A readable diff between two approved editions of a report, computed at build time with `diff`:
 * section by section (matched by their stable key), word by word inside a changed section.
 */
import {
  describeBasis,
  formatDate,
  formatLegalReference,
  formatNumber,
  formatReportNumber,
  type Indicator,
  indicatorNameAt,
  type PublicEdition,
  qualifiedText,
  type Section,
  signingAuthorities,
} from '@khcn/domain';
import { diffWords } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };
export type SectionChange = {
  key: string;
  heading: string;
  status: 'added' | 'removed' | 'changed';
  parts: DiffPart[];
};
export type EditionDiff = { fromEditionNo: number; toEditionNo: number; changes: SectionChange[] };

const listMarker = (style: 'dash' | 'parenthesized' | 'numbered', i: number) =>
  style === 'dash' ? '- ' : style === 'parenthesized' ? `(${i + 1}) ` : `${i + 1}. `;

/** How the diff names figures: the catalogue and the report's period. */
export type FigureNames = { indicators: ReadonlyMap<string, Indicator>; period: string };

/** The section as plain text: heading, narrative, figures and cited documents, one item per line. */
export function sectionText(section: Section, names: FigureNames): string {
  const lines = [`${section.label} ${section.title}`];
  for (const block of section.blocks) {
    if (block.kind === 'paragraph') lines.push(block.text);
    else for (const [i, item] of block.items.entries()) lines.push(`${listMarker(block.style, i)}${item}`);
  }
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
  for (const r of c.recipients) lines.push(`Nơi nhận: ${r.name}${r.forReport ? ' (để báo cáo)' : ''}`);
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

function diffText(before: string, after: string): DiffPart[] {
  const changes = diffWords(before, after, { intlSegmenter: segmenter });
  return trimSame(
    changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value })),
  );
}

export function diffEditions(from: PublicEdition, to: PublicEdition, names: FigureNames): EditionDiff {
  const changes: SectionChange[] = [];
  const docBefore = documentText(from);
  const docAfter = documentText(to);
  if (docBefore !== docAfter)
    changes.push({
      key: '',
      heading: 'Thông tin văn bản',
      status: 'changed',
      parts: diffText(docBefore, docAfter),
    });
  const oldByKey = new Map(from.content.sections.map((s) => [s.key, s]));
  const newKeys = new Set(to.content.sections.map((s) => s.key));
  for (const section of to.content.sections) {
    const heading = `${section.label} ${section.title}`;
    const old = oldByKey.get(section.key);
    const after = sectionText(section, names);
    if (!old) {
      changes.push({ key: section.key, heading, status: 'added', parts: [{ kind: 'added', text: after }] });
      continue;
    }
    const before = sectionText(old, names);
    if (before !== after)
      changes.push({ key: section.key, heading, status: 'changed', parts: diffText(before, after) });
  }
  for (const section of from.content.sections)
    if (!newKeys.has(section.key))
      changes.push({
        key: section.key,
        heading: `${section.label} ${section.title}`,
        status: 'removed',
        parts: [{ kind: 'removed', text: sectionText(section, names) }],
      });
  return { fromEditionNo: from.editionNo, toEditionNo: to.editionNo, changes };
}
