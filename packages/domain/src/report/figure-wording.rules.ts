/**
 * Reading a figure's words: where the narrative states it, the qualifier word right before it ("hơn",
 * "gần"...), and the words of its sentence that say which period it counts over ("lũy kế", "năm 2023",
 * "tính đến nay"...). Pure string work over NFC text.
 */
import { parseVietnameseNumber } from '../format/vietnamese-format.ts';
import type { Block } from './report.schema.ts';
import { type FactQualifier, type FigureBasisKind, qualifierWords } from './figure.schema.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const qualifierAlternatives = `(?:${[...qualifierWords]
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
  .join('|')})`;

/** The texts of a section's narrative, one per paragraph or list item, with where each comes from. */
export type NarrativePiece = { blockIndex: number; itemIndex: number | null; text: string };

export function narrativePieces(blocks: readonly Block[]): NarrativePiece[] {
  return blocks.flatMap((block, blockIndex): NarrativePiece[] =>
    block.kind === 'paragraph'
      ? [{ blockIndex, itemIndex: null, text: block.text.normalize('NFC') }]
      : block.items.map((text, itemIndex) => ({ blockIndex, itemIndex, text: text.normalize('NFC') })),
  );
}

/** One place where "<before> <number> <after>" occurs. */
export type MentionMatch = {
  piece: NarrativePiece;
  /** The figure's characters in `piece.text`. */
  numberStart: number;
  numberEnd: number;
  value: number;
};

/** Every place in the narrative where a mention's words surround a number, in text order. */
export function findMentions(
  pieces: readonly NarrativePiece[],
  mention: { before: string; after: string },
): MentionMatch[] {
  const words = (s: string) => escapeRegExp(s.normalize('NFC').trim()).replace(/\s+/g, '\\s+');
  // Optional space next to the figure: "08/12", "90%-100%" have none.
  // A qualifier word may stand between the words before and the figure ("nghiệm thu hơn 8").
  const before = mention.before.trim() ? `${words(mention.before)}\\s*(?:${qualifierAlternatives}\\s+)?` : '';
  const after = mention.after.trim() ? `\\s*${words(mention.after)}` : '';
  const pattern = new RegExp(`${before}(\\d[\\d.,]*)${after}`, 'gdiu');
  const found: MentionMatch[] = [];
  for (const piece of pieces) {
    for (const match of piece.text.matchAll(pattern)) {
      const [start, _end] = match.indices![1]!;
      const raw = match[1]!;
      const trimmed = raw.replace(/[.,]$/, '');
      const value = parseVietnameseNumber(trimmed);
      if (value !== null) found.push({ piece, numberStart: start, numberEnd: start + trimmed.length, value });
    }
  }
  return found;
}

/** The numbers a mention's words surround in a narrative. */
export function findMentionedNumbers(
  narrative: string,
  mention: { before: string; after: string },
): number[] {
  return findMentions([{ blockIndex: 0, itemIndex: null, text: narrative.normalize('NFC') }], mention).map(
    (m) => m.value,
  );
}

const combiningMarks = /[\u0300-\u036f]/g;

/**
 * Lower-case, tone-less text of the same length as `text` (one folded character per character), so a match
 * in the folded text is at the same place in the original. "Lũy kế" and "Luỹ kế" both read "luy ke".
 */
export function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch
      .normalize('NFD')
      .replace(combiningMarks, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    const single = folded.length === 1 ? folded : ch.toLowerCase();
    out += single.length === ch.length ? single : ch;
  }
  return out;
}

const qualifierPattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${qualifierAlternatives})\\s*$`, 'iu');

/** The qualifier word written right before a figure ("với gần 100" -> "gần"), or `exact`. */
export function qualifierBefore(text: string, numberStart: number): FactQualifier {
  const match = qualifierPattern.exec(text.slice(Math.max(0, numberStart - 24), numberStart));
  if (!match) return 'exact';
  const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  return (qualifierWords as readonly string[]).includes(word) ? (word as FactQualifier) : 'exact';
}

/** The sentence around `index`: from after the previous ". " (or "! ", "? ", a line break) to the next. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  const boundary = /[.!?…](?=\s)|\n/g;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(boundary)) {
    const at = match.index!;
    if (at < index) start = at + 1;
    else {
      end = at + match[0].length;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

/** What the words before a figure say about its period. */
export type BasisSignal = {
  kind: FigureBasisKind;
  /** The words as written, for the message. */
  phrase: string;
  /** For `period`: the months it names. */
  from?: string;
  to?: string;
};

const pad2 = (n: number) => String(n).padStart(2, '0');
const romanQuarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
/** Words that make "năm 2023" part of a document's name rather than the period of a figure. */
const documentWords =
  /(ke hoach|quyet dinh|chuong trinh|de an|thong tu|nghi dinh|nghi quyet|chi thi|cong van|bao cao|ban tin|so \d+|du an|nhiem vu|giai doan)\s*(\S+\s+){0,4}$/;

type SignalRule = {
  pattern: RegExp;
  read: (
    m: RegExpExecArray,
    ctx: { year: number; month: number; before: string },
  ) => Omit<BasisSignal, 'phrase'> | null;
};

const yearOf = (text: string | undefined, fallback: number) => (text ? Number(text) : fallback);
const months = (year: number, from: number, to: number) => ({
  from: `${year}-${pad2(from)}`,
  to: `${year}-${pad2(to)}`,
});
const isMonth = (n: number) => n >= 1 && n <= 12;

/** Phrases on the folded text (see foldInPlace); each names a basis. */
const signalRules: SignalRule[] = [
  { pattern: /\bluy ke\b/g, read: () => ({ kind: 'ytd' }) },
  { pattern: /\b(tinh )?tu dau nam\b/g, read: () => ({ kind: 'ytd' }) },
  {
    // "từ tháng 1 đến tháng 10", "từ tháng 01/2024 đến hết tháng 10/2024", "... năm 2024"
    pattern:
      /\btu thang (\d{1,2})(?:\/(\d{4}))? (?:den|toi) (?:het )?thang (\d{1,2})(?:\/(\d{4}))?(?: nam (\d{4}))?/g,
    read: (m, ctx) => {
      const from = Number(m[1]);
      const to = Number(m[3]);
      const year = yearOf(m[4] ?? m[2] ?? m[5], ctx.year);
      if (!isMonth(from) || !isMonth(to) || from > to) return null;
      if (from === 1 && to === ctx.month && year === ctx.year) return { kind: 'ytd' };
      return { kind: 'period', ...months(year, from, to) };
    },
  },
  {
    // "11 tháng năm 2024", "10 tháng đầu năm", "6 tháng cuối năm 2023"
    pattern: /\b(\d{1,2}) thang (dau |cuoi )?nam(?: (\d{4}))?/g,
    read: (m, ctx) => {
      const n = Number(m[1]);
      const year = yearOf(m[3], ctx.year);
      if (!isMonth(n)) return null;
      if (m[2] === 'cuoi ') return { kind: 'period', ...months(year, 13 - n, 12) };
      if (n === ctx.month && year === ctx.year) return { kind: 'ytd' };
      return { kind: 'period', ...months(year, 1, n) };
    },
  },
  {
    pattern: /\bquy (iv|iii|ii|i|[1-4])\b(?:(?:\/| nam )(\d{4}))?/g,
    read: (m, ctx) => {
      const q = romanQuarters[m[1]!]!;
      return { kind: 'period', ...months(yearOf(m[2], ctx.year), q * 3 - 2, q * 3) };
    },
  },
  {
    pattern: /\bgiai doan (\d{4}) ?- ?(\d{4})\b/g,
    read: (m, ctx) =>
      documentWords.test(ctx.before) ? null : { kind: 'period', from: `${m[1]}-01`, to: `${m[2]}-12` },
  },
  {
    // "năm 2023" when it is not the report's year and not a document's name ("Kế hoạch ... năm 2024")
    pattern: /\b(?:ca |trong |cua )?nam (\d{4})\b/g,
    read: (m, ctx) => {
      const year = Number(m[1]);
      if (year === ctx.year || documentWords.test(ctx.before)) return null;
      return { kind: 'period', ...months(year, 1, 12) };
    },
  },
  {
    pattern: /\b(tinh den (nay|thoi diem|ngay|het|cuoi)|den nay|hien nay|hien co|hien dang)\b/g,
    read: () => ({ kind: 'level' }),
  },
  {
    // "trong tháng", "trong tháng 11", "trong tháng 11/2024", "trong kỳ báo cáo", "tháng này"
    pattern: /\b(trong thang(?: (\d{1,2})(?:\/(\d{4})| nam (\d{4}))?)?|trong ky bao cao|thang nay)\b/g,
    read: (m, ctx) => {
      if (!m[2]) return { kind: 'month' };
      const month = Number(m[2]);
      const year = yearOf(m[3] ?? m[4], ctx.year);
      if (!isMonth(month)) return null;
      if (month === ctx.month && year === ctx.year) return { kind: 'month' };
      return { kind: 'period', ...months(year, month, month) };
    },
  },
];

/**
 * The basis the words of a figure's sentence signal: the signal nearest before the figure, within its
 * sentence. Null when the words say nothing about the period (then any basis may be right).
 */
export function basisSignalBefore(
  text: string,
  numberStart: number,
  reportPeriod: string,
): BasisSignal | null {
  const { start } = sentenceAround(text, numberStart);
  const folded = foldInPlace(text.slice(start, numberStart));
  const ctx = { year: Number(reportPeriod.slice(0, 4)), month: Number(reportPeriod.slice(5, 7)) };
  let best: (BasisSignal & { end: number }) | null = null;
  for (const rule of signalRules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(folded); m; m = rule.pattern.exec(folded)) {
      const signal = rule.read(m, { ...ctx, before: folded.slice(0, m.index) });
      const end = m.index + m[0].length;
      if (signal && (!best || end > best.end)) {
        best = { ...signal, end, phrase: text.slice(start + m.index, start + end) };
      }
    }
  }
  if (!best) return null;
  const { end: _end, ...signal } = best;
  return signal;
}

/**
 * Places in the narrative that name the month before `period` ("tháng 11" in the December report): text
 * carried over from last month that may no longer be true.
 */
export function findPreviousPeriodNames(
  pieces: readonly NarrativePiece[],
  period: string,
): Array<{ piece: NarrativePiece; start: number; end: number; phrase: string }> {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  const prevMonth = month === 1 ? 12 : month - 1;
  const prevYear = month === 1 ? year - 1 : year;
  const pattern = new RegExp(`\\bthang 0?${prevMonth}(?!\\d)(?:(?:\\/| nam )(\\d{4}))?`, 'g');
  const found: Array<{ piece: NarrativePiece; start: number; end: number; phrase: string }> = [];
  for (const piece of pieces) {
    const folded = foldInPlace(piece.text);
    for (const m of folded.matchAll(pattern)) {
      const statedYear = m[1] ? Number(m[1]) : null;
      // "tháng 11/2023" names another year; "tháng 12" in January is last year's December.
      if (statedYear !== null && statedYear !== prevYear) continue;
      found.push({
        piece,
        start: m.index!,
        end: m.index! + m[0].length,
        phrase: piece.text.slice(m.index!, m.index! + m[0].length),
      });
    }
  }
  return found;
}
