import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { DateField } from './date.input.tsx';

function Harness({
  onValue,
  kind = 'date',
  initial = '',
}: {
  onValue: (v: string) => void;
  kind?: 'date' | 'month';
  initial?: string;
}) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Ngày ban hành"
      kind={kind}
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

const field = () => screen.getByRole('textbox', { name: /Ngày ban hành/ }) as HTMLInputElement;

describe('DateField: dates typed day first', () => {
  it('reads 1/3/2024 as 1 March 2024 and 15/3/2024 as 15 March', async () => {
    const onValue = vi.fn();
    renderWithProviders(<Harness onValue={onValue} />);
    // The hint says the order in Vietnamese, day first (never "dd/mm/yyyy" or "mm/dd/yyyy").
    expect(field().placeholder).toBe('ngày/tháng/năm');
    await userEvent.type(field(), '1/3/2024');
    expect(onValue).toHaveBeenLastCalledWith('2024-03-01');
    fireEvent.blur(field());
    expect(field().value).toBe('01/03/2024');
    await userEvent.clear(field());
    await userEvent.type(field(), '15/3/2024');
    expect(onValue).toHaveBeenLastCalledWith('2024-03-15');
  });

  it('refuses 31/02/2025 and 12/31/2024 with a message naming the field, keeping what was typed', async () => {
    const onValue = vi.fn();
    renderWithProviders(<Harness onValue={onValue} />);
    await userEvent.type(field(), '31/02/2025');
    fireEvent.blur(field());
    expect(await screen.findByText('Ngày ban hành: tháng 2/2025 không có ngày 31')).toBeTruthy();
    expect(field().value).toBe('31/02/2025');
    expect(onValue).toHaveBeenLastCalledWith('31/02/2025');
    await userEvent.clear(field());
    await userEvent.type(field(), '12/31/2024');
    fireEvent.blur(field());
    expect(await screen.findByText(/^Ngày ban hành: không có tháng 31/)).toBeTruthy();
  });

  it('reads a month typed as tháng/năm', async () => {
    const onValue = vi.fn();
    renderWithProviders(<Harness onValue={onValue} kind="month" />);
    expect(field().placeholder).toBe('tháng/năm');
    await userEvent.type(field(), '11/2024');
    expect(onValue).toHaveBeenLastCalledWith('2024-11');
  });

  it('opens the calendar on the value’s month, not today', async () => {
    renderWithProviders(<Harness onValue={() => {}} initial="2023-05-10" />);
    await userEvent.click(screen.getByRole('button', { name: /Chọn ngày trên lịch/ }));
    expect(await screen.findByText(/2023/)).toBeTruthy();
    expect(screen.queryByText(new RegExp(String(new Date().getFullYear() + 1)))).toBeNull();
  });
});
