import {
  DomainError,
  type ExchangeListing,
  type InspectionOutcome,
  type OutreachEvent,
  type Publication,
  type StTask,
  type TechAppraisal,
  type TransferRegistration,
  type FrozenRecords,
  formatCount,
  formatDate,
  formatNumber,
  qualifiedText,
  inspectionKinds,
  listingKinds,
  publicationKinds,
  type RecordKind,
  type RecordRef,
  recordCollectionByKind,
  type Section,
  taskEventKinds,
  taskLevels,
  taskStage,
} from '@khcn/domain';
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { FONT, halfPoints, lineSpacing, pointTwips, size, textWidthMm, twip } from './document-style.ts';

type Align = 'left' | 'center' | 'right';
type Column<T> = {
  header: string;
  /** Relative share of the width left after fixed columns. */
  weight: number;
  /** Fixed width in millimetres, for narrow columns such as TT. */
  fixedMm?: number;
  align?: Align;
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

/** The TT (số thứ tự) column. */
const order = <T>(): Column<T> => ({
  header: 'TT',
  weight: 0,
  fixedMm: 10,
  align: 'center',
  value: (_row, i) => String(i + 1),
});

type RecordsByKind = {
  task: StTask;
  appraisal: TechAppraisal;
  transfer: TransferRegistration;
  event: OutreachEvent;
  publication: Publication;
  inspection: InspectionOutcome;
  listing: ExchangeListing;
};

/** How each kind of record reads as a table. Kinds never shown as tables are absent. */
const tableBuilders: {
  [K in RecordKind]: (rows: readonly RecordsByKind[K][], period: string) => RecordTable;
} = {
  task: (rows, period) =>
    tabulate('Nhiệm vụ KH&CN theo dõi trong kỳ', rows, [
      order(),
      { header: 'Tên nhiệm vụ', weight: 4.6, value: (t) => t.title },
      {
        header: 'Cấp, chương trình',
        weight: 2.8,
        value: (t) => [taskLevels[t.level], t.programme].filter(Boolean).join(', '),
      },
      { header: 'Tổ chức chủ trì', weight: 2, value: (t) => t.hostOrganisation },
      {
        header: 'Tình hình trong kỳ',
        weight: 2,
        value: (t) => {
          const inPeriod = t.events.filter((e) => e.period === period).map((e) => taskEventKinds[e.kind]);
          if (inPeriod.length > 0) return inPeriod.join('; ');
          const stage = taskStage(t);
          return stage ? taskEventKinds[stage] : undefined;
        },
      },
    ]),
  appraisal: (rows) =>
    tabulate('Dự án đầu tư được tham gia ý kiến, thẩm định về công nghệ', rows, [
      order(),
      { header: 'Lĩnh vực', weight: 5, value: (a) => a.sector },
      { header: 'Tên dự án', weight: 3, value: (a) => a.projectName },
      { header: 'Nhà đầu tư', weight: 2.5, value: (a) => a.investor },
      {
        header: 'Hình thức',
        weight: 2,
        value: (a) => (a.kind === 'appraisal' ? 'Thẩm định công nghệ' : 'Ý kiến về công nghệ'),
      },
    ]),
  transfer: (rows) =>
    tabulate('Giấy chứng nhận đăng ký chuyển giao công nghệ', rows, [
      order(),
      { header: 'Tổ chức đăng ký', weight: 4, value: (t) => t.organisation },
      { header: 'Công nghệ chuyển giao', weight: 4, value: (t) => t.technology },
      { header: 'Số Giấy chứng nhận', weight: 2, value: (t) => t.certificateNumber },
      {
        header: 'Ngày cấp',
        weight: 1.6,
        align: 'center',
        value: (t) => t.issuedOn && formatDate(t.issuedOn),
      },
    ]),
  event: (rows) => {
    const kinds = new Set(rows.map((e) => e.kind));
    const caption =
      kinds.size > 1
        ? 'Hội thảo, lớp tập huấn'
        : kinds.has('training')
          ? 'Lớp tập huấn, bồi dưỡng'
          : 'Hội thảo khoa học';
    return tabulate(caption, rows, [
      order(),
      { header: 'Nội dung', weight: 6, value: (e) => e.title },
      { header: 'Số cuộc, lớp', weight: 1.4, align: 'center', value: (e) => formatCount(e.sessions) },
      {
        header: 'Người tham dự',
        weight: 1.8,
        align: 'center',
        value: (e) => qualifiedText(e.attendeesQualifier, formatNumber(e.attendees)),
      },
      { header: 'Ngày', weight: 1.6, align: 'center', value: (e) => e.date && formatDate(e.date) },
    ]);
  },
  publication: (rows) =>
    tabulate('Ấn phẩm thông tin KH&CN', rows, [
      order(),
      { header: 'Ấn phẩm', weight: 5, value: (p) => p.title },
      { header: 'Loại', weight: 2.4, value: (p) => publicationKinds[p.kind] },
      {
        header: 'Số lượng (cuốn)',
        weight: 1.6,
        align: 'center',
        value: (p) => (p.printRun === undefined ? undefined : formatNumber(p.printRun)),
      },
      { header: 'Đơn vị thực hiện', weight: 3, value: (p) => p.publisher },
    ]),
  inspection: (rows) => {
    const kinds = new Set(rows.map((i) => i.kind));
    const caption =
      kinds.size > 1
        ? 'Kết quả thanh tra, kiểm tra'
        : kinds.has('check')
          ? 'Kết quả kiểm tra'
          : 'Kết quả thanh tra';
    return tabulate(caption, rows, [
      order(),
      { header: 'Nội dung', weight: 5, value: (i) => i.title },
      { header: 'Hình thức', weight: 1.6, align: 'center', value: (i) => inspectionKinds[i.kind] },
      { header: 'Số cuộc', weight: 1.2, align: 'center', value: (i) => formatCount(i.inspectionCount) },
      { header: 'Số đối tượng', weight: 1.4, align: 'center', value: (i) => formatCount(i.entityCount) },
      {
        header: 'Đạt yêu cầu',
        weight: 1.4,
        align: 'center',
        value: (i) =>
          i.compliantCount === undefined
            ? undefined
            : `${formatCount(i.compliantCount)}/${formatCount(i.entityCount)}`,
      },
    ]);
  },
  listing: (rows) =>
    tabulate('Sàn giao dịch công nghệ: thông tin đăng trong kỳ', rows, [
      order(),
      { header: 'Tên', weight: 5, value: (l) => l.title },
      { header: 'Loại', weight: 2, value: (l) => listingKinds[l.kind] },
      { header: 'Chủ sở hữu', weight: 3, value: (l) => l.owner },
      { header: 'Mức sẵn sàng (TRL)', weight: 1.6, align: 'center', value: (l) => String(l.readiness) },
    ]),
};

/** Record kinds in the order their tables follow a section, whatever the order of the references. */
const tableOrder: RecordKind[] = [
  'task',
  'appraisal',
  'transfer',
  'event',
  'publication',
  'inspection',
  'listing',
];

function findRecords(section: Section, kind: RecordKind, records: FrozenRecords) {
  const collection = records[recordCollectionByKind[kind]] as ReadonlyArray<{ id: string }>;
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

/** The tables of the records a section links, one per kind, in a fixed order. */
export function recordTablesForSection(
  section: Section,
  records: FrozenRecords,
  period: string,
): RecordTable[] {
  const tables: RecordTable[] = [];
  for (const kind of tableOrder) {
    const rows = findRecords(section, kind, records);
    if (rows.length === 0) continue;
    const build = tableBuilders[kind] as (rows: unknown[], period: string) => RecordTable;
    const table = build(rows, period);
    // A single record with a single fact reads better as the sentence that already states it.
    if (table.rows.length < 2 && table.headers.length - 1 < 2) continue;
    tables.push(table);
  }
  return tables;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function tableCell(text: string, widthTwips: number, align: Align, bold: boolean): TableCell {
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: twip(1.2), right: twip(1.2), top: twip(0.6), bottom: twip(0.6) },
    children: [
      new Paragraph({
        alignment: alignments[align],
        spacing: { before: 0, after: 0, ...lineSpacing(1) },
        children: [new TextRun({ text, bold, font: FONT, size: halfPoints(size.table) })],
      }),
    ],
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
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: thin,
        bottom: thin,
        left: thin,
        right: thin,
        insideHorizontal: thin,
        insideVertical: thin,
      },
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { before: 0, after: pointTwips(6) }, children: [] }),
  ];
}
