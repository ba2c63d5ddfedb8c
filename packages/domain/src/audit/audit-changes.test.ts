import { describe, expect, it } from 'vitest';
import { describeAuditChanges } from './audit-changes.ts';

const names = new Map([
  ['user-chuyenvien', 'Trần Thị Minh (chuyên viên)'],
  ['3f1c2a9e-6b7d-4c1e-9a2b-5d4e3f2a1b0c', 'lượt xuất bản #7'],
]);

describe('describeAuditChanges', () => {
  it('reads an approval as words: statuses, the number, people and publications by name, dates', () => {
    const changes = describeAuditChanges(
      { status: 'in_review', submittedBy: 'user-chuyenvien' },
      {
        status: 'approved',
        number: { sequence: 1, symbol: 'BC-SKHCN', year: 2025 },
        issuedOn: '2025-01-06',
        contentHash: 'a'.repeat(64),
        publicationId: '3f1c2a9e-6b7d-4c1e-9a2b-5d4e3f2a1b0c',
      },
      names,
    );
    expect(changes).toEqual([
      { field: 'Trạng thái', before: 'Đã trình', after: 'Đã duyệt' },
      { field: 'Người trình', before: 'Trần Thị Minh (chuyên viên)', after: null },
      { field: 'Số văn bản', before: null, after: 'Số: 01/BC-SKHCN' },
      { field: 'Ngày ban hành', before: null, after: '06/01/2025' },
      { field: 'Mã băm nội dung', before: null, after: 'aaaaaaaaaaaa…' },
      { field: 'Lượt xuất bản', before: null, after: 'lượt xuất bản #7' },
    ]);
  });

  it('lists only what changed in a record, by the field names of the forms', () => {
    const changes = describeAuditChanges(
      { version: 3, data: { id: 'task-x', title: 'Tên cũ', level: 'provincial', events: [{ id: 'a' }] } },
      { version: 4, data: { id: 'task-x', title: 'Tên mới', level: 'provincial', events: [{ id: 'b' }] } },
    );
    expect(changes).toEqual([
      { field: 'Phiên bản', before: '3', after: '4' },
      { field: 'Tiêu đề', before: 'Tên cũ', after: 'Tên mới' },
      { field: expect.any(String), before: '1 mục', after: '1 mục (có sửa đổi)' },
    ]);
  });

  it('says a refused sign-in in Vietnamese, and never shows JSON or a bare id', () => {
    const changes = describeAuditChanges(null, {
      username: 'chuyenvien',
      reason: 'wrong_credentials',
      clientAddress: '192.0.2.1',
      fileId: '0b7e6c2a-1f3d-4e5a-8b9c-0d1e2f3a4b5c',
      roles: ['editor', 'head'],
    });
    expect(changes).toContainEqual({
      field: 'Lý do',
      before: null,
      after: 'Sai tên đăng nhập hoặc mật khẩu',
    });
    expect(changes).toContainEqual({ field: 'Vai trò', before: null, after: 'Chuyên viên, Trưởng phòng' });
    for (const change of changes) {
      expect(change.after ?? '').not.toMatch(/[{}[\]]|[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
  });
});
