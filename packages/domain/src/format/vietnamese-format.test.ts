import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatNumber,
  formatOfficialDateLine,
  formatReportNumber,
  parseVietnameseNumber,
} from './vietnamese-format.ts';

describe('Vietnamese number formats', () => {
  it('uses dot thousands and comma decimals', () => {
    expect(formatNumber(1034)).toBe('1.034');
    expect(formatNumber(90.5)).toBe('90,5');
    expect(formatNumber(1_000_000)).toBe('1.000.000');
  });
  it('writes counts under ten with a leading zero', () => {
    expect(formatCount(3)).toBe('03');
    expect(formatCount(0)).toBe('00');
    expect(formatCount(63)).toBe('63');
    expect(formatCount(1034)).toBe('1.034');
  });
  it('parses numbers as authors type them', () => {
    expect(parseVietnameseNumber('1.034')).toBe(1034);
    expect(parseVietnameseNumber('03')).toBe(3);
    expect(parseVietnameseNumber('90,5')).toBe(90.5);
    expect(parseVietnameseNumber('1.03')).toBeNull();
    expect(parseVietnameseNumber('abc')).toBeNull();
  });
});

describe('Vietnamese dates', () => {
  it('formats dd/mm/yyyy and the official date line', () => {
    expect(formatDate('2024-12-05')).toBe('05/12/2024');
    expect(formatOfficialDateLine('Hưng Yên', '2024-12-05')).toBe('Hưng Yên, ngày 05 tháng 12 năm 2024');
  });
  it('shows instants in Vietnam time', () => {
    expect(formatDateTime('2024-12-05T02:30:00Z')).toBe('05/12/2024 09:30');
  });
  it('formats the report number', () => {
    expect(formatReportNumber(5, 'BC-SKHCN')).toBe('Số: 05/BC-SKHCN');
  });
  it('rejects a non-ISO date', () => {
    expect(() => formatDate('05/12/2024')).toThrow(RangeError);
  });
});
