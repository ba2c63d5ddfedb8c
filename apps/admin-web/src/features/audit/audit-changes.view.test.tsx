import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { AuditChanges } from './audit-changes.view.tsx';

describe('AuditChanges', () => {
  it('says each change as "field: before → after", without JSON', () => {
    const { container } = renderWithProviders(
      <AuditChanges
        changes={[
          { field: 'Trạng thái', before: 'Đã trình', after: 'Đã duyệt' },
          { field: 'Số văn bản', before: null, after: 'Số: 01/BC-SKHCN' },
        ]}
      />,
    );
    expect(screen.getByText('Đã trình → Đã duyệt')).toBeTruthy();
    expect(screen.getByText('Số: 01/BC-SKHCN')).toBeTruthy();
    expect(container.querySelector('ul')?.textContent).not.toMatch(/[{}"]/);
  });

  it('folds a long list under a summary naming the first fields', () => {
    renderWithProviders(
      <AuditChanges
        changes={['Tiêu đề', 'Lĩnh vực', 'Cấp quản lý', 'Chủ nhiệm', 'Kinh phí'].map((field) => ({
          field,
          before: 'cũ',
          after: 'mới',
        }))}
      />,
    );
    expect(screen.getByText('Tiêu đề, Lĩnh vực, Cấp quản lý và 2 thay đổi khác')).toBeTruthy();
  });
});
