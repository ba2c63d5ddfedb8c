import { BorderStyle, type ITableBordersOptions } from 'docx';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Layout tables (header, signature) have no visible borders. */
export const noTableBorders: ITableBordersOptions = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

export const noCellBorders = { top: none, bottom: none, left: none, right: none } as const;
