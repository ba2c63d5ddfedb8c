import { describe, expect, it } from 'vitest';
import { documentFileName } from './document-file-name.ts';

describe('documentFileName', () => {
  const hash = '3f2a9c0d1e4b5a6978877665544332211ffeeddccbbaa0099887766554433221';

  it('names the file by period, edition and content hash', () => {
    expect(documentFileName('2024-11', 1, hash, 'pdf')).toBe('bao-cao-2024-11-lan-1-3f2a9c0d1e4b.pdf');
    expect(documentFileName('2024-11', 2, `sha256:${hash.toUpperCase()}`, 'docx')).toBe(
      'bao-cao-2024-11-lan-2-3f2a9c0d1e4b.docx',
    );
  });

  it('gives different names to different content of the same edition', () => {
    const other = `0${hash.slice(1)}`;
    expect(documentFileName('2024-11', 1, hash, 'pdf')).not.toBe(
      documentFileName('2024-11', 1, other, 'pdf'),
    );
  });

  it('rejects what cannot name a stored file', () => {
    expect(() => documentFileName('2024-13', 1, hash, 'pdf')).toThrow(RangeError);
    expect(() => documentFileName('2024-11', 0, hash, 'pdf')).toThrow(RangeError);
    expect(() => documentFileName('2024-11', 1, '../../etc/passwd', 'pdf')).toThrow(RangeError);
  });
});
