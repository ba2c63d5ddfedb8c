import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldText, matchesFolded, slugify, sortVietnamese } from './vietnamese-text.ts';

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
