import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNumberInput,
  parseDateInput,
  parseMonthInput,
  parseNumberInput,
  regroupNumberText,
} from './vietnamese-input.ts';

const value = (text: string) => {
  const r = parseNumberInput(text);
  return r.ok ? r.value : r.reason;
};

describe('numbers as Vietnamese staff type them', () => {
  it('reads dots as thousands and the comma as the decimal mark', () => {
    expect(value('12.200')).toBe(12200);
    expect(value('350,5')).toBe(350.5);
    expect(value('1.250,75')).toBe(1250.75);
    expect(value('03')).toBe(3);
    expect(value('12 200')).toBe(12200);
    expect(value('1.000.000')).toBe(1000000);
  });

  it('refuses what it cannot read, with the reason, instead of guessing', () => {
    expect(value('1.25')).toMatch(/nhóm 3 chữ số/);
    expect(value('12.20')).toMatch(/nhóm 3 chữ số/);
    expect(value('1,2,3')).toMatch(/một dấu phẩy/);
    expect(value('12a')).toMatch(/chỉ được gồm chữ số/);
    expect(value('')).toMatch(/chưa nhập số/);
    expect(value(',5')).toMatch(/phần nguyên/);
  });

  it('groups what is typed once it reads, keeping the decimals as typed', () => {
    expect(regroupNumberText('12200')).toBe('12.200');
    expect(regroupNumberText('1234,5')).toBe('1.234,5');
    expect(regroupNumberText('03')).toBe('03');
    expect(regroupNumberText('0003')).toBe('3');
    expect(regroupNumberText('12.2')).toBeNull();
    expect(regroupNumberText('350,')).toBeNull();
  });

  it('reads back every number it shows (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        expect(value(formatNumberInput(n))).toBeCloseTo(n, 6);
        expect(value(regroupNumberText(String(whole))!)).toBe(whole);
      }),
    );
  });
});

describe('dates typed day first', () => {
  it('reads 1/3/2024 as the first of March', () => {
    expect(parseDateInput('1/3/2024')).toEqual({ ok: true, value: '2024-03-01' });
    expect(parseDateInput('15/3/2024')).toEqual({ ok: true, value: '2024-03-15' });
    expect(parseDateInput('05.12.2024')).toEqual({ ok: true, value: '2024-12-05' });
    expect(parseDateInput('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseDateInput('31/02/2025')).toEqual({ ok: false, reason: 'tháng 2/2025 không có ngày 31' });
    expect(parseDateInput('12/31/2024')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('không có tháng 31'),
    });
    expect(parseDateInput('29/02/2025')).toMatchObject({ ok: false });
    expect(parseDateInput('2024-03-01')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ngày/tháng/năm'),
    });
  });

  it('reads months as tháng/năm', () => {
    expect(parseMonthInput('11/2024')).toEqual({ ok: true, value: '2024-11' });
    expect(parseMonthInput('13/2024')).toMatchObject({ ok: false });
  });
});
