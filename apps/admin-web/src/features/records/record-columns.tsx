import { type AdminCell, anyRecordKind, type RecordKind } from '@khcn/domain';
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type RecordColumn = { id: string; header: string; cell: (data: Record<string, unknown>) => ReactNode };

function renderCell(cell: AdminCell): ReactNode {
  if (typeof cell === 'string') return cell;
  return (
    <Badge variant="light" color={cell.tone}>
      {cell.badge}
    </Badge>
  );
}

/** The columns of a kind's list besides the title (which links to the form), as the registry defines them. */
export function recordColumns(kind: RecordKind, today: string): RecordColumn[] {
  return anyRecordKind(kind).admin.columns.map((c) => ({
    id: c.id,
    header: c.header,
    cell: (data) => renderCell(c.cell(data, today)),
  }));
}
