import { describe, expect, it } from 'vitest';
import { formatLegalCode, formatLegalReference, parseLegalReference } from './legal-reference.schema.ts';

describe('legal references', () => {
  it('parses the fixed form used in reports', () => {
    expect(parseLegalReference('Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023 của Chủ tịch')).toEqual({
      kind: 'decision',
      number: '2730',
      symbol: 'QĐ-CTUBND',
      issuedOn: '2023-12-20',
    });
    expect(parseLegalReference('Thông tư số 23/2013/TT-BKHCN ngày 26/9/2013')).toEqual({
      kind: 'circular',
      number: '23',
      year: 2013,
      symbol: 'TT-BKHCN',
      issuedOn: '2013-09-26',
    });
    expect(parseLegalReference('Quyết định số 19/2014/QĐ-TTg')).toMatchObject({
      number: '19',
      year: 2014,
      symbol: 'QĐ-TTg',
    });
  });
  it('round-trips through the formatter', () => {
    const text = 'Kế hoạch số 82/KH-SKHCN ngày 07/10/2024';
    const ref = parseLegalReference(text)!;
    expect(formatLegalReference(ref)).toBe(text);
    expect(formatLegalCode(ref)).toBe('82/KH-SKHCN');
  });
  it('returns null for free text', () => {
    expect(parseLegalReference('theo quy định hiện hành')).toBeNull();
  });
});
