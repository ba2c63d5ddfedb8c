import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { RecordForm } from './record.form.tsx';

describe('RecordForm', () => {
  it('validates a task with the domain rule: the end date must follow the start date', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <RecordForm
        kind="task"
        initial={{
          id: 't1',
          title: 'Nhiệm vụ sen Phố Hiến',
          level: 'provincial',
          startDate: '2024-05-01',
          endDate: '2024-01-01',
          budget: {},
          events: [],
        }}
        onSubmit={onSubmit}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Ngày kết thúc: phải sau ngày bắt đầu')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('names an empty required field in Vietnamese', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<RecordForm kind="appraisal" onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(await screen.findByText('Lĩnh vực đầu tư: không được để trống')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('creates a record with an id made from its name and leaves empty optional fields out', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<RecordForm kind="appraisal" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText(/Lĩnh vực đầu tư/), { target: { value: 'Sản xuất thuốc thú y' } });
    await userEvent.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const data = onSubmit.mock.calls[0]![0];
    expect(data).toMatchObject({ kind: 'opinion', sector: 'Sản xuất thuốc thú y' });
    expect(data.id).toMatch(/^appraisal-/);
    expect(data).not.toHaveProperty('projectName');
  });

  it('applies a listing cross-field rule (a fixed price needs the price)', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <RecordForm
        kind="listing"
        initial={{
          id: 'l1',
          kind: 'offer',
          title: 'Máy sấy nông sản',
          field: 'Nông nghiệp',
          summary: 'Máy sấy dùng năng lượng mặt trời',
          owner: 'Công ty A',
          readiness: 7,
          ipStatus: 'none',
          priceMode: 'fixed',
          contact: { name: 'Nguyễn Văn A', isPublic: false },
          status: 'active',
          listedOn: '2024-11-01',
          expiresOn: '2025-01-30',
          isDemo: false,
        }}
        onSubmit={onSubmit}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Giá: cần ghi khi giá cố định')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the API field errors on their fields', async () => {
    renderWithProviders(
      <RecordForm
        kind="appraisal"
        initial={{ id: 'a1', period: '2024-11', kind: 'opinion', sector: 'Kho bãi' }}
        onSubmit={vi.fn()}
        serverFieldErrors={[{ path: 'sector', message: 'Lĩnh vực đầu tư: đã có ý kiến cho dự án này' }]}
      />,
    );
    expect(await screen.findByText('Lĩnh vực đầu tư: đã có ý kiến cho dự án này')).toBeTruthy();
  });

  it('takes budgets and dates typed the Vietnamese way, key by key', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <RecordForm
        kind="task"
        initial={{
          id: 't2',
          title: 'Nhiệm vụ nấm đông trùng hạ thảo',
          level: 'provincial',
          budget: {},
          events: [],
        }}
        onSubmit={onSubmit}
      />,
    );
    const state = screen.getByRole('textbox', { name: /Kinh phí ngân sách nhà nước/ }) as HTMLInputElement;
    await userEvent.type(state, '1.250');
    await userEvent.type(screen.getByRole('textbox', { name: /Kinh phí nguồn khác/ }), '350,5');
    await userEvent.type(screen.getByRole('textbox', { name: /Ngày bắt đầu/ }), '1/3/2024');
    await userEvent.type(screen.getByRole('textbox', { name: /Ngày kết thúc/ }), '15/3/2025');
    expect(state.value).toBe('1.250');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      budget: { stateBudget: 1250, otherBudget: 350.5 },
      startDate: '2024-03-01',
      endDate: '2025-03-15',
    });
  });

  it('refuses an impossible date, naming the field, and does not submit', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <RecordForm
        kind="task"
        initial={{ id: 't3', title: 'Nhiệm vụ sen Phố Hiến', level: 'provincial', budget: {}, events: [] }}
        onSubmit={onSubmit}
      />,
    );
    const start = screen.getByRole('textbox', { name: /Ngày bắt đầu/ });
    await userEvent.type(start, '31/02/2025');
    fireEvent.blur(start);
    expect(await screen.findByText('Ngày bắt đầu: tháng 2/2025 không có ngày 31')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect((start as HTMLInputElement).value).toBe('31/02/2025');
  });

  it('opens a milestone’s period calendar on the milestone’s own date, not today', async () => {
    renderWithProviders(
      <RecordForm
        kind="task"
        initial={{
          id: 't4',
          title: 'Nhiệm vụ cá rô phi Biofloc',
          level: 'provincial',
          budget: {},
          events: [{ id: 'ev1', kind: 'checked', date: '2023-05-10', period: '' }],
        }}
        onSubmit={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Chọn tháng trên lịch: Kỳ báo cáo của mốc 1/ }));
    // The month picker's header names its year: the milestone's, not this year.
    expect((await screen.findAllByText('2023')).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(String(new Date().getFullYear()))).toEqual([]);
  });

  it('records the attendees’ qualifier as the report’s word', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <RecordForm
        kind="event"
        initial={{
          id: 'e1',
          period: '2024-11',
          kind: 'workshop',
          title: 'Hội thảo công nghệ sinh học',
          sessions: 1,
          attendees: 100,
          attendeesQualifier: 'khoảng',
        }}
        onSubmit={onSubmit}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ attendees: 100, attendeesQualifier: 'khoảng' });
  });

  it('draws a declaration of conformity from the registry and applies its rules, naming the fields', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<RecordForm kind="declaration" onSubmit={onSubmit} />);
    for (const group of ['Tổ chức công bố và sản phẩm', 'Căn cứ công bố', 'Thông báo tiếp nhận và hiệu lực'])
      expect(screen.getByRole('group', { name: group })).toBeTruthy();
    const type = (label: RegExp, value: string) =>
      fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
    type(/Tổ chức, cá nhân công bố/, 'Công ty TNHH Vật liệu Đông Á');
    type(/Sản phẩm, hàng hóa/, 'Gạch bê tông không nung');
    type(/Nhóm sản phẩm/, 'Vật liệu xây dựng');
    type(/Số hiệu tiêu chuẩn, quy chuẩn/, 'TCVN 6477:2016');
    type(/Số thông báo tiếp nhận/, '125/TB-TĐC');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    expect(
      await screen.findByText(
        'Số hiệu tiêu chuẩn, quy chuẩn: công bố hợp quy phải theo một quy chuẩn kỹ thuật (QCVN hoặc QCĐP)',
      ),
    ).toBeTruthy();
    expect(
      await screen.findByText('Tổ chức chứng nhận: cần ghi khi công bố dựa trên kết quả chứng nhận'),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    type(/Số hiệu tiêu chuẩn, quy chuẩn/, 'QCVN 16:2023/BXD');
    type(/Tổ chức chứng nhận/, 'Viện Vật liệu xây dựng');
    type(/Số giấy chứng nhận/, '1234/2024/CN');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo hồ sơ' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const data = onSubmit.mock.calls[0]![0];
    expect(data).toMatchObject({
      kind: 'regulation',
      standardCode: 'QCVN 16:2023/BXD',
      assessment: 'certification',
      isDemo: false,
    });
    expect(data.id).toMatch(/^declaration-gach-be-tong-khong-nung-/);
  });
});
