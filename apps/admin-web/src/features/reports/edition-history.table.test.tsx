import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { EditionHistoryTable, type EditionHistoryRow } from './edition-history.table.tsx';

const edition = (editionNo: number, status: EditionHistoryRow['status']): EditionHistoryRow => ({
  id: `e-${editionNo}`,
  editionNo,
  status,
  number: status === 'draft' ? null : { sequence: editionNo + 4, symbol: 'BC-SKHCN' },
  issuedOn: status === 'draft' ? null : '2024-12-05',
  changeNote: editionNo === 1 ? null : 'Đính chính số liệu mục IV',
  updatedAt: '2024-12-05T02:00:00Z',
});

describe('EditionHistoryTable', () => {
  it('shows an edition replaced by a published correction as replaced, not "Đã công khai"', () => {
    renderWithProviders(
      <EditionHistoryTable editions={[edition(1, 'published'), edition(2, 'published')]} />,
    );
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first!).getByText('Đã được thay thế bởi lần 2')).toBeTruthy();
    expect(within(first!).queryByText('Đã công khai')).toBeNull();
    expect(within(second!).getByText('Đã công khai')).toBeTruthy();
  });

  it('keeps "Đã công khai" while the correction is only a draft', () => {
    renderWithProviders(<EditionHistoryTable editions={[edition(1, 'published'), edition(2, 'draft')]} />);
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first!).getByText('Đã công khai')).toBeTruthy();
    expect(within(second!).getByText('Soạn thảo')).toBeTruthy();
  });
});
