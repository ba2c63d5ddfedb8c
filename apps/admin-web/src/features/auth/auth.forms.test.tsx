import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { findEnglishLabels } from '../../test/english-labels.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ChangePasswordForm } from './change-password.form.tsx';
import { SignInForm } from './sign-in.form.tsx';

describe('SignInForm', () => {
  it('names the empty fields in Vietnamese and does not submit', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<SignInForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Tên đăng nhập: không được để trống')).toBeTruthy();
    expect(screen.getByText('Mật khẩu: không được để trống')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the trimmed username and the password', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<SignInForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/Tên đăng nhập/), ' chuyenvien ');
    await userEvent.type(screen.getByLabelText(/Mật khẩu/), 'KhcnDemo@2024');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ username: 'chuyenvien', password: 'KhcnDemo@2024' }),
    );
  });

  it('shows the API message after a failed attempt', () => {
    renderWithProviders(<SignInForm onSubmit={vi.fn()} errorMessage="Sai tên đăng nhập hoặc mật khẩu." />);
    expect(screen.getByRole('alert').textContent).toContain('Sai tên đăng nhập hoặc mật khẩu.');
  });
});

describe('ChangePasswordForm', () => {
  const fill = async (current: string, next: string, again: string) => {
    await userEvent.type(screen.getByLabelText(/Mật khẩu hiện tại/), current);
    await userEvent.type(screen.getByLabelText(/^Mật khẩu mới/), next);
    await userEvent.type(screen.getByLabelText(/Nhập lại mật khẩu mới/), again);
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
  };

  it('applies the domain rule for new passwords, in Vietnamese', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<ChangePasswordForm onSubmit={onSubmit} />);
    await fill('cu-mat-khau', 'ngan', 'ngan');
    expect(await screen.findByText('Mật khẩu mới: phải có ít nhất 10 ký tự')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('requires the repeat to match and sends only the domain input', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<ChangePasswordForm onSubmit={onSubmit} />);
    await fill('cu-mat-khau', 'mat-khau-moi-dai', 'mat-khau-khac-dai');
    expect(await screen.findByText('Nhập lại mật khẩu mới: không khớp')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(/Nhập lại mật khẩu mới/));
    await userEvent.type(screen.getByLabelText(/Nhập lại mật khẩu mới/), 'mat-khau-moi-dai');
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        currentPassword: 'cu-mat-khau',
        newPassword: 'mat-khau-moi-dai',
      }),
    );
  });

  it('shows a field error from the API beside its field', () => {
    renderWithProviders(
      <ChangePasswordForm
        onSubmit={vi.fn()}
        serverFieldErrors={{ currentPassword: 'Mật khẩu hiện tại: không đúng' }}
      />,
    );
    expect(screen.getByText('Mật khẩu hiện tại: không đúng')).toBeTruthy();
  });
});

describe('the password fields in Vietnamese', () => {
  it('name the show/hide button in Vietnamese, never "Toggle password visibility"', async () => {
    renderWithProviders(<SignInForm onSubmit={vi.fn()} />);
    expect(findEnglishLabels(document.body)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Hiện mật khẩu' })).toBeTruthy();
    renderWithProviders(<ChangePasswordForm onSubmit={vi.fn()} />);
    expect(findEnglishLabels(document.body)).toEqual([]);
  });
});
