import { frameOf, reportContentSchema, seed } from '@khcn/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { FrameForm } from './frame.form.tsx';

const frame = frameOf(reportContentSchema.parse(seed.seedReportContent));

describe('FrameForm', () => {
  it('names an emptied signer field in Vietnamese and does not submit', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <FrameForm initial={frame} readOnly={false} onSubmit={onSubmit} onCancel={vi.fn()} />,
    );
    fireEvent.change(screen.getByLabelText('Họ tên người ký'), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu phần khung' }));
    expect(await screen.findByText('Họ tên người ký: không được để trống')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('adds a recipient and submits the whole frame', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <FrameForm initial={frame} readOnly={false} onSubmit={onSubmit} onCancel={vi.fn()} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Thêm nơi nhận' }));
    const n = frame.recipients.length + 1;
    fireEvent.change(screen.getByLabelText(`Nơi nhận ${n}`), { target: { value: 'Sở Nội vụ' } });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu phần khung' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0].recipients.at(-1)).toEqual({ name: 'Sở Nội vụ', forReport: false });
    expect(onSubmit.mock.calls[0]![0].signature).toEqual(frame.signature);
  });

  it('as the department frame (Thông tin đơn vị): no subject, no cancel, the settings label', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <FrameForm
        initial={{ ...frame, subject: 'Khung mặc định' }}
        withSubject={false}
        readOnly={false}
        submitLabel="Lưu khung văn bản"
        onSubmit={onSubmit}
      />,
    );
    expect(screen.queryByLabelText('Trích yếu')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hủy' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Địa danh'), { target: { value: 'Điện Biên' } });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu khung văn bản' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0].place).toBe('Điện Biên');
  });
});
