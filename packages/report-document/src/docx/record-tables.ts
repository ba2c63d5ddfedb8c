import {
  type DocumentColumn,
  DomainError,
  type FrozenRecords,
  type RecordRef,
  recordKindEntries,
  type Section,
} from '@khcn/domain';
import {
  AlignmentType,
  type FileChild,
  Paragraph,
  type TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
} from 'docx';
import { FONT, halfPoints, lineSpacing, pointTwips, size, textWidthMm, twip } from './document-style.ts';
import { fixedCell, fixedTable, tableBorders, thinLine } from './layout-table.ts';

type Align = 'left' | 'center' | 'right';
type Column<T> = Omit<DocumentColumn<T>, 'value'> & {
  /** Fixed width in millimetres, for narrow columns such as TT. */
  fixedMm?: number;
  value: (row: T, index: number) => string | undefined;
};

/** A table of records: a caption and columns; optional columns with no value in any row are left out. */
export type RecordTable = {
  caption: string;
  headers: string[];
  aligns: Align[];
  weights: number[];
  fixedMm: (number | undefined)[];
  rows: string[][];
};

function tabulate<T>(caption: string, rows: readonly T[], columns: Column<T>[]): RecordTable {
  const kept = columns.filter((c) => rows.some((r, i) => (c.value(r, i) ?? '').trim() !== ''));
  return {
    caption,
    headers: kept.map((c) => c.header),
    aligns: kept.map((c) => c.align ?? 'left'),
    weights: kept.map((c) => c.weight),
    fixedMm: kept.map((c) => c.fixedMm),
    rows: rows.map((r, i) => kept.map((c) => c.value(r, i)?.trim() || '-')),
  };
}

/** The TT (số thứ tự) column: the row's number. */
const order: Column<unknown> = {
  header: 'TT',
  weight: 0,
  fixedMm: 10,
  align: 'center',
  value: (_row, i) => String(i + 1),
};

function findRecords<T extends { id: string }>(section: Section, kind: string, collection: readonly T[]) {
  return section.recordRefs
    .filter((ref: RecordRef) => ref.kind === kind)
    .map((ref) => {
      const found = collection.find((r) => r.id === ref.id);
      if (!found) {
        throw new DomainError('NOT_FOUND', `Section ${section.key} links missing ${kind} record ${ref.id}`, {
          userMessage: `Mục ${section.label} ${section.title} liên kết tới một bản ghi không còn tồn tại (${ref.id}).`,
          details: { sectionKey: section.key, kind, id: ref.id },
        });
      }
      return found;
    });
}

/** The tables of the records a section links, one per kind, in the registry's order (record-kinds.ts). */
export function recordTablesForSection(
  section: Section,
  records: FrozenRecords,
  period: string,
): RecordTable[] {
  const tables: RecordTable[] = [];
  for (const [kind, definition] of recordKindEntries) {
    const collection = records[definition.collection] as ReadonlyArray<
      Record<string, unknown> & { id: string }
    >;
    const rows = findRecords(section, kind, collection);
    if (rows.length === 0) continue;
    const { caption, columns } = definition.documentTable;
    const inPeriod = columns.map((c) => ({
      ...c,
      value: (row: Record<string, unknown>) => c.value(row, period),
    }));
    const table = tabulate(caption(rows), rows, [order, ...inPeriod]);
    // A single record with a single fact reads better as the sentence that already states it.
    if (table.rows.length < 2 && table.headers.length - 1 < 2) continue;
    tables.push(table);
  }
  return tables;
}

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function tableCell(text: string, widthTwips: number, align: Align, bold: boolean): TableCell {
  const paragraph = new Paragraph({
    alignment: alignments[align],
    spacing: { before: 0, after: 0, ...lineSpacing(1) },
    children: [new TextRun({ text, bold, font: FONT, size: halfPoints(size.table) })],
  });
  return fixedCell(widthTwips, [paragraph], {
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: twip(1.2), right: twip(1.2), top: twip(0.6), bottom: twip(0.6) },
  });
}

/** Renders a record table with its caption ("Bảng 2. ...") as docx elements. */
export function buildRecordTable(table: RecordTable, tableNo: number): FileChild[] {
  const total = twip(textWidthMm);
  const fixed = table.fixedMm.reduce<number>((sum, mm) => sum + (mm === undefined ? 0 : twip(mm)), 0);
  const totalWeight = table.weights.reduce((sum, w, i) => sum + (table.fixedMm[i] === undefined ? w : 0), 0);
  const widths = table.weights.map((w, i) => {
    const mm = table.fixedMm[i];
    return mm === undefined ? Math.floor(((total - fixed) * w) / totalWeight) : twip(mm);
  });
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: pointTwips(6), after: pointTwips(4), ...lineSpacing(1) },
    children: [
      new TextRun({ text: `Bảng ${tableNo}. `, bold: true, font: FONT, size: halfPoints(size.header) }),
      new TextRun({
        text: table.caption,
        bold: true,
        italics: true,
        font: FONT,
        size: halfPoints(size.header),
      }),
    ],
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headers.map((h, i) => tableCell(h, widths[i]!, 'center', true)),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => tableCell(text, widths[i]!, table.aligns[i]!, false)),
      }),
  );
  return [
    caption,
    fixedTable({
      width: total,
      columnWidths: widths,
      borders: tableBorders(thinLine),
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { before: 0, after: pointTwips(6) }, children: [] }),
  ];
}
