import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSchema } from '../common.schema.ts';
import {
  compareVietnamese,
  foldText,
  matchesFolded,
  normalizeText,
  slugify,
  sortVietnamese,
} from './vietnamese-text.ts';

describe('foldText', () => {
  it('strips tones and folds đ to d', () => {
    expect(foldText('Đường nông thôn')).toBe('duong nong thon');
    expect(foldText('  Sở   Khoa học ')).toBe('so khoa hoc');
  });
  it('is idempotent and leaves no combining marks or đ', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const folded = foldText(s);
        expect(foldText(folded)).toBe(folded);
        expect(folded).not.toMatch(/[\u0300-\u036fđĐ]/);
      }),
    );
  });
  it('makes "duong" find "đường"', () => {
    expect(matchesFolded('Nâng cấp đường giao thông', 'duong giao')).toBe(true);
    expect(matchesFolded('Nâng cấp đường giao thông', 'cau')).toBe(false);
  });
});

describe('slugify', () => {
  it('builds ASCII slugs', () => {
    expect(slugify('Bản tin KH&CN số 04 năm 2024')).toBe('ban-tin-kh-cn-so-04-nam-2024');
    expect(slugify('Đông trùng hạ thảo')).toBe('dong-trung-ha-thao');
  });
  it('always yields [a-z0-9-] without edge hyphens, within the limit, idempotently', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 5, max: 100 }),
        (s, max) => {
          const slug = slugify(s, max);
          expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
          expect(slug.length).toBeLessThanOrEqual(max);
          expect(slugify(slug, max)).toBe(slug);
        },
      ),
    );
  });
});

describe('Vietnamese collation', () => {
  it('orders a < ă < â and d < đ', () => {
    expect(sortVietnamese(['đ', 'd', 'â', 'ă', 'a', 'e'], (x) => x)).toEqual(['a', 'ă', 'â', 'd', 'đ', 'e']);
    expect(compareVietnamese('Đà Nẵng', 'Hà Nội')).toBeLessThan(0);
  });
});

describe('normalizeText', () => {
  /** Bidi embeddings, overrides and isolates; zero-width spaces, joiners, marks and the BOM. */
  const invisible = [
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200B',
    '\u200C',
    '\u200D',
    '\u200E',
    '\u200F',
    '\u2060',
    '\uFEFF',
  ];

  it('removes bidi overrides, so a title cannot be displayed in an order other than it is stored', () => {
    // "Quyết định số 12" + RLO + "3202/QĐ" renders as "...số 12ĐQ/2023": a spoofed document number.
    expect(normalizeText('Quyết định số 12\u202E3202/QĐ\u202C')).toBe('Quyết định số 123202/QĐ');
    expect(normalizeText('\u2067Sở KH&CN\u2069 Hưng Yên')).toBe('Sở KH&CN Hưng Yên');
  });

  it('removes zero-width characters, so two titles that look the same are the same', () => {
    expect(normalizeText('Nhi\u200Bệm v\u200Dụ\uFEFF')).toBe('Nhiệm vụ');
    expect(normalizeText('Ba\u0300o ca\u0301o')).toBe('Bào cáo'.normalize('NFC'));
  });

  it('leaves no invisible formatting character in any text, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...invisible)), { maxLength: 12 }),
        (parts) => {
          const text = normalizeText(parts.join(''));
          for (const c of invisible) expect(text.includes(c)).toBe(false);
          expect(normalizeText(text)).toBe(text);
        },
      ),
    );
  });

  it('is what the text schemas apply to every stored title', () => {
    expect(textSchema.parse(' \u202EBáo cáo\u200B tháng 11 ')).toBe('Báo cáo tháng 11');
  });
});
