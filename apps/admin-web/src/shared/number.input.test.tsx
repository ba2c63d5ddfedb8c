import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { NumberField } from './number.input.tsx';

function Harness({ onValue, initial }: { onValue: (v: number | undefined) => void; initial?: number }) {
  const [value, setValue] = useState<number | undefined>(initial);
  return (
    <NumberField
      label="Giá trị"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

/** Renders an empty field; what it reports, as a mock. */
function renderField() {
  const onValue = vi.fn();
  renderWithProviders(<Harness onValue={onValue} />);
  return onValue;
}

const field = () => screen.getByLabelText('Giá trị') as HTMLInputElement;

describe('NumberField: numbers as Vietnamese staff type them', () => {
  it('reads "12.200" typed key by key as 12200', async () => {
    const onValue = renderField();
    await userEvent.type(field(), '12.200');
    expect(field().value).toBe('12.200');
    expect(onValue).toHaveBeenLastCalledWith(12200);
  });

  it('groups digits as they are typed: "12200" shows 12.200', async () => {
    const onValue = renderField();
    await userEvent.type(field(), '12200');
    expect(field().value).toBe('12.200');
    expect(onValue).toHaveBeenLastCalledWith(12200);
    await userEvent.type(field(), '5');
    expect(field().value).toBe('122.005');
  });

  it('reads "350,5" as 350.5 and "1.250,75" as 1250.75', async () => {
    const onValue = renderField();
    await userEvent.type(field(), '350,5');
    expect(onValue).toHaveBeenLastCalledWith(350.5);
    await userEvent.clear(field());
    await userEvent.type(field(), '1250,75');
    expect(field().value).toBe('1.250,75');
    expect(onValue).toHaveBeenLastCalledWith(1250.75);
  });

  it('takes a pasted number', async () => {
    const onValue = renderField();
    field().focus();
    await userEvent.paste('9.800');
    expect(onValue).toHaveBeenLastCalledWith(9800);
    expect(field().value).toBe('9.800');
  });

  it('never changes what it cannot read: "1.5" stays, the value is not a number, and leaving says why', async () => {
    const onValue = renderField();
    await userEvent.type(field(), '1.5');
    expect(field().value).toBe('1.5');
    expect(Number.isNaN(onValue.mock.lastCall![0])).toBe(true);
    fireEvent.blur(field());
    expect(
      await screen.findByText(/^Giá trị: dấu chấm ngăn cách hàng nghìn theo nhóm 3 chữ số/),
    ).toBeTruthy();
    await userEvent.clear(field());
    await userEvent.type(field(), '12a');
    fireEvent.blur(field());
    expect(field().value).toBe('12a');
    expect(await screen.findByText(/^Giá trị: chỉ được gồm chữ số/)).toBeTruthy();
  });

  it('shows a value it is given the Vietnamese way', () => {
    renderWithProviders(<Harness onValue={() => {}} initial={1034.5} />);
    expect(field().value).toBe('1.034,5');
  });
});
