import type { Role } from '@khcn/domain';

/** One demo account per role (and a second editor for the metrology division). Demo only. */
export const DEMO_PASSWORD = 'KhcnDemo@2024';

export const demoUsers: ReadonlyArray<{
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  divisions: string[];
}> = [
  {
    id: 'user-chuyenvien',
    username: 'chuyenvien',
    displayName: 'Trần Thị Minh (chuyên viên)',
    roles: ['editor'],
    divisions: ['VP', 'QLKH', 'QLCN', 'TTTT'],
  },
  {
    id: 'user-chuyenvien-tdc',
    username: 'chuyenvien.tdc',
    displayName: 'Lê Văn Đức (chuyên viên Chi cục TĐC)',
    roles: ['editor'],
    divisions: ['TDC', 'TTR'],
  },
  {
    id: 'user-truongphong',
    username: 'truongphong',
    displayName: 'Phạm Quang Huy (trưởng phòng)',
    roles: ['head'],
    divisions: ['QLKH', 'QLCN'],
  },
  {
    id: 'user-lanhdao',
    username: 'lanhdao',
    displayName: 'Lãnh đạo Sở (tài khoản minh họa)',
    roles: ['leader'],
    divisions: [],
  },
  {
    id: 'user-vanthu',
    username: 'vanthu',
    displayName: 'Nguyễn Thu Hà (văn thư)',
    roles: ['clerk'],
    divisions: ['VP'],
  },
  {
    id: 'user-quantri',
    username: 'quantri',
    displayName: 'Quản trị hệ thống',
    roles: ['admin'],
    divisions: [],
  },
];
