import {
  BorderStyle,
  type ITableBordersOptions,
  type ITableCellOptions,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  type TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** The thin black line of a data table, and of the "Để báo cáo." bracket. */
export const thinLine = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

type Line = typeof none | typeof thinLine;

/** The same line on every edge of a table, inside and out. */
export const tableBorders = (line: Line): ITableBordersOptions => ({
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
});

/** Layout tables (header, signature) have no visible borders. */
export const noTableBorders = tableBorders(none);

export const noCellBorders = { top: none, bottom: none, left: none, right: none } as const;

/** A width in twips, as docx wants it. */
export const dxa = (twips: number) => ({ size: twips, type: WidthType.DXA });

/**
 * A table with fixed column widths (in twips): Word and LibreOffice then lay it out the same way. Without `width`
 * the table is as wide as its columns; without `borders` it has none (a layout table).
 */
export function fixedTable(options: {
  columnWidths: number[];
  rows: TableRow[];
  width?: number;
  borders?: ITableBordersOptions;
  indent?: number;
}): Table {
  const width = options.width ?? options.columnWidths.reduce((sum, w) => sum + w, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: dxa(width),
    columnWidths: options.columnWidths,
    ...(options.indent === undefined ? {} : { indent: dxa(options.indent) }),
    borders: options.borders ?? noTableBorders,
    rows: options.rows,
  });
}

/** A cell of a fixed table, `widthTwips` wide. */
export function fixedCell(
  widthTwips: number,
  children: (Paragraph | Table)[],
  options: Omit<ITableCellOptions, 'width' | 'children'> = {},
): TableCell {
  return new TableCell({ width: dxa(widthTwips), ...options, children });
}

/** A cell of a layout table: no borders, top-aligned, padded only by `margins`. */
export function layoutCell(
  widthTwips: number,
  children: (Paragraph | Table)[],
  margins: ITableCellOptions['margins'] = { left: 0, right: 0, top: 0, bottom: 0 },
): TableCell {
  return fixedCell(widthTwips, children, {
    borders: noCellBorders,
    verticalAlign: VerticalAlign.TOP,
    margins,
  });
}
