import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { exchangeListingSchema } from '../records/exchange-listing.schema.ts';
import { stTaskSchema } from '../records/st-task.schema.ts';
import { reportContentSchema, sectionContentSchema } from '../report/report.schema.ts';
import { seedContent } from '../seed/index.ts';
import { parseInput } from './vietnamese-errors.ts';

const fieldErrorsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.fieldErrors;
  }
  throw new Error('expected a DomainError');
};

describe('Vietnamese validation messages', () => {
  it('names the field of an empty title', () => {
    const errors = fieldErrorsOf(() =>
      parseInput(sectionContentSchema, { title: '  ', blocks: [], facts: [], legalRefs: [], recordRefs: [] }),
    );
    expect(errors).toEqual([{ path: 'title', message: 'Tiêu đề: không được để trống' }]);
  });

  it('names nested fields with their path', () => {
    const content = seedContent();
    const bad = {
      ...content,
      sections: [{ ...content.sections[0]!, facts: [{ indicator: 'tasks.checked', value: -1 }] }],
    };
    const errors = fieldErrorsOf(() => parseInput(reportContentSchema, bad));
    expect(errors).toContainEqual({
      path: 'sections.0.facts.0.value',
      message: 'Giá trị: phải lớn hơn hoặc bằng 0',
    });
  });

  it('reports cross-field rules in Vietnamese', () => {
    const errors = fieldErrorsOf(() =>
      parseInput(stTaskSchema, {
        id: 't1',
        title: 'Nhiệm vụ',
        level: 'provincial',
        startDate: '2024-05-01',
        endDate: '2024-01-01',
      }),
    );
    expect(errors).toContainEqual({ path: 'endDate', message: 'Ngày kết thúc: phải sau ngày bắt đầu' });
  });

  it('rejects unknown enum values and bad dates naming the field', () => {
    const errors = fieldErrorsOf(() =>
      parseInput(exchangeListingSchema, {
        id: 'l1',
        kind: 'gift',
        title: 'Máy sấy',
        field: 'Nông nghiệp',
        summary: 'Máy sấy nông sản',
        owner: 'Công ty A',
        readiness: 12,
        ipStatus: 'none',
        priceMode: 'negotiable',
        contact: { name: 'A' },
        listedOn: '01/02/2024',
        expiresOn: '2024-05-01',
      }),
    );
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'Loại: không thuộc các giá trị cho phép',
        'Mức độ sẵn sàng (TRL): phải nhỏ hơn hoặc bằng 9',
        'Ngày đăng: không đúng định dạng ngày (yyyy-mm-dd)',
      ]),
    );
  });
});
