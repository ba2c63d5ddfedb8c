import { describe, expect, it } from 'vitest';
import {
  basisSignalBefore,
  findMentions,
  findPreviousPeriodNames,
  foldInPlace,
  narrativePieces,
  qualifierBefore,
  sentenceAround,
} from './figure-wording.rules.ts';

const signal = (text: string, period = '2024-11') => {
  const at = text.search(/\d[\d.,]*(?=\D*$)/);
  return basisSignalBefore(text, at, period);
};
const qualifierOf = (text: string) => qualifierBefore(text, text.search(/\d/));

describe('the qualifier word before a figure', () => {
  it('is the text’s own word', () => {
    expect(qualifierOf('với gần 100 học viên')).toBe('gần');
    expect(qualifierOf('tiếp nhận hơn 9.800 hồ sơ')).toBe('hơn');
    expect(qualifierOf('Trên 12.200 lượt')).toBe('trên');
    expect(qualifierOf('chưa đến 50 cơ sở')).toBe('chưa đến');
    expect(qualifierOf('xấp xỉ 1.000 cuốn')).toBe('xấp xỉ');
    expect(qualifierOf('ít nhất 3 cuộc')).toBe('ít nhất');
    expect(qualifierOf('cấp 02 giấy')).toBe('exact');
    expect(qualifierOf('trên địa bàn tỉnh có 18 cơ sở')).toBe('exact');
  });

  it('may stand between the mention’s words and the figure', () => {
    const pieces = narrativePieces([
      { kind: 'paragraph', text: 'Lũy kế từ đầu năm tiếp nhận hơn 9.800 hồ sơ.' },
    ]);
    const [match] = findMentions(pieces, { before: 'tiếp nhận', after: 'hồ sơ' });
    expect(match?.value).toBe(9800);
    expect(qualifierBefore(match!.piece.text, match!.numberStart)).toBe('hơn');
  });
});

describe('the words that say which period a figure counts over', () => {
  it('recognises year to date, a stated period, a level and the month', () => {
    expect(signal('Lũy kế từ đầu năm, cấp 120 giấy')?.kind).toBe('ytd');
    expect(signal('Luỹ kế, cấp 120 giấy')?.kind).toBe('ytd');
    expect(signal('Trong 11 tháng năm 2024, cấp 120 giấy')?.kind).toBe('ytd');
    expect(signal('Từ tháng 1 đến tháng 11, cấp 120 giấy')?.kind).toBe('ytd');
    const periods = [
      ['Từ tháng 1 đến tháng 10, cấp 120 giấy', '2024-01', '2024-10'],
      ['10 tháng đầu năm, cấp 120 giấy', '2024-01', '2024-10'],
      ['Năm 2023, Sở cấp 120 giấy', '2023-01', '2023-12'],
      ['Trong quý III/2024, cấp 12 giấy', '2024-07', '2024-09'],
      ['Giai đoạn 2021-2025, cấp 120 giấy', '2021-01', '2025-12'],
    ] as const;
    for (const [text, from, to] of periods) expect(signal(text)).toMatchObject({ kind: 'period', from, to });
    expect(signal('Tính đến nay, trên địa bàn tỉnh có 18 cơ sở')?.kind).toBe('level');
    expect(signal('Trong tháng, cấp 02 giấy')?.kind).toBe('month');
    expect(signal('Trong kỳ báo cáo, kiểm định 1.034 phương tiện đo')?.kind).toBe('month');
  });

  it('reads "trong tháng 11" in the December report as another month', () => {
    expect(signal('Trong tháng 11, cấp 02 giấy', '2024-12')).toMatchObject({
      kind: 'period',
      from: '2024-11',
      to: '2024-11',
    });
    expect(signal('Trong tháng 12, cấp 02 giấy', '2024-12')?.kind).toBe('month');
  });

  it('takes the signal nearest the figure, in its own sentence only', () => {
    expect(signal('Trong tháng, cấp 02 giấy; lũy kế cấp 20 giấy')?.kind).toBe('ytd');
    expect(signal('Lũy kế cấp 20 giấy. Trong tháng, cấp 02 giấy')?.kind).toBe('month');
    expect(signal('Lũy kế cấp 20 giấy. Sở cấp 02 giấy')).toBeNull();
  });

  it('does not take a document’s name or the report’s own year for a period', () => {
    expect(signal('Thực hiện Kế hoạch thanh tra năm 2023 của tỉnh, tiến hành 02 cuộc thanh tra')).toBeNull();
    expect(signal('Bản tin KH&CN số 04 năm 2024 với 1.000 cuốn')).toBeNull();
    expect(signal('Chương trình phát triển giai đoạn 2021-2025, hỗ trợ 05 doanh nghiệp')).toBeNull();
  });

  it('does not split a sentence at a number’s thousands dot', () => {
    const text = 'Kiểm định 1.034 phương tiện đo. Loại bỏ 63 PTĐ.';
    expect(sentenceAround(text, text.indexOf('1.034'))).toEqual({ start: 0, end: text.indexOf('.', 20) + 1 });
  });
});

describe('carry-over', () => {
  it('finds last month named in the narrative, not other months or years', () => {
    const pieces = narrativePieces([
      { kind: 'paragraph', text: 'Trong tháng 11, Sở đã cấp 02 giấy. Hiệu lực đến tháng 5/2025.' },
      {
        kind: 'list',
        style: 'dash',
        items: ['Kế hoạch tháng 11/2023 đã xong;', 'Tháng 11 năm 2024 tiếp nhận 05 hồ sơ.'],
      },
    ]);
    const found = findPreviousPeriodNames(pieces, '2024-12').map((f) => f.phrase);
    expect(found).toEqual(['tháng 11', 'Tháng 11 năm 2024']);
    expect(
      findPreviousPeriodNames(
        narrativePieces([{ kind: 'paragraph', text: 'Trong tháng 12, cấp 01 giấy.' }]),
        '2025-01',
      ).map((f) => f.phrase),
    ).toEqual(['tháng 12']);
  });

  it('folds text without moving characters', () => {
    const text = 'Lũy kế Đường';
    expect(foldInPlace(text)).toBe('luy ke duong');
    expect(foldInPlace(text)).toHaveLength(text.length);
  });
});
