import { describe, expect, it } from 'vitest';
import { documentFileName } from './document-file-name.ts';

describe('documentFileName', () => {
  const december = { period: '2024-12', editionNo: 1, number: { sequence: 1, symbol: 'BC-SKHCN' } };

  it('names an approved document after the report: month, year and number', () => {
    expect(documentFileName(december, 'docx', { draft: false })).toBe('bao-cao-thang-12-2024-so-01.docx');
    expect(
      documentFileName(
        { ...december, period: '2024-11', number: { sequence: 5, symbol: 'BC-SKHCN' } },
        'pdf',
        {
          draft: false,
        },
      ),
    ).toBe('bao-cao-thang-11-2024-so-05.pdf');
  });

  it('adds the edition of a correction, and says "dự thảo" without a number for a draft', () => {
    const correction = { ...december, editionNo: 2, number: { sequence: 14, symbol: 'BC-SKHCN' } };
    expect(documentFileName(correction, 'pdf', { draft: false })).toBe(
      'bao-cao-thang-12-2024-so-14-lan-2.pdf',
    );
    expect(documentFileName({ ...december, number: null }, 'docx', { draft: true })).toBe(
      'du-thao-bao-cao-thang-12-2024.docx',
    );
    expect(documentFileName({ ...correction, number: null }, 'docx', { draft: true })).toBe(
      'du-thao-bao-cao-thang-12-2024-lan-2.docx',
    );
  });

  it('rejects what cannot name a document', () => {
    expect(() => documentFileName({ ...december, period: '2024-13' }, 'pdf', { draft: false })).toThrow(
      RangeError,
    );
    expect(() => documentFileName({ ...december, editionNo: 0 }, 'pdf', { draft: false })).toThrow(
      RangeError,
    );
    expect(() => documentFileName({ ...december, number: null }, 'pdf', { draft: false })).toThrow(
      RangeError,
    );
    expect(() => documentFileName({ ...december, period: '../../etc' }, 'pdf', { draft: true })).toThrow(
      RangeError,
    );
  });
});
