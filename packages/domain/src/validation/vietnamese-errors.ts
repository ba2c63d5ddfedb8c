import type { z } from 'zod';
import { DomainError, type FieldError } from '../errors/domain-error.ts';
import { formatNumber } from '../format/vietnamese-format.ts';
import { labelForPath } from './field-labels.ts';

/** Bounds in messages read the Vietnamese way: 1.000.000.000.000, 0,5. */
const bound = (n: number | bigint) => (typeof n === 'number' ? formatNumber(n) : String(n));

type Issue = z.core.$ZodRawIssue;

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'không được để trống';
      if (typeof issue.input === 'number' && Number.isNaN(issue.input))
        return 'chưa nhập số, hoặc số chưa đọc được';
      return 'sai kiểu dữ liệu';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'không được để trống' : `phải có ít nhất ${issue.minimum} ký tự`;
      }
      if (issue.origin === 'array') return `phải có ít nhất ${issue.minimum} mục`;
      return issue.inclusive
        ? `phải lớn hơn hoặc bằng ${bound(issue.minimum)}`
        : `phải lớn hơn ${bound(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `không được dài quá ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `không được quá ${issue.maximum} mục`;
      return issue.inclusive
        ? `phải nhỏ hơn hoặc bằng ${bound(issue.maximum)}`
        : `phải nhỏ hơn ${bound(issue.maximum)}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'không đúng định dạng thư điện tử';
      if (issue.format === 'date') return 'không đúng định dạng ngày (yyyy-mm-dd)';
      if (issue.format === 'datetime') return 'không đúng định dạng thời điểm';
      if (issue.format === 'url') return 'không đúng định dạng địa chỉ web';
      if (issue.format === 'uuid') return 'không đúng định dạng mã định danh';
      return 'không đúng định dạng';
    case 'invalid_value':
      return 'không thuộc các giá trị cho phép';
    case 'not_multiple_of':
      return 'phải là số nguyên';
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'không hợp lệ';
    case 'custom': {
      // A refinement names its rule in `params.message` and lets this map put the field's label before it.
      const fromParams = (issue.params as { message?: unknown } | undefined)?.message;
      if (typeof fromParams === 'string') return fromParams;
      return typeof issue.message === 'string' && issue.message.length > 0 ? issue.message : 'không hợp lệ';
    }
    default:
      return 'không hợp lệ';
  }
}

/**
 * zod error map producing Vietnamese messages that name the field: "Tiêu đề: không được để trống".
 * Pass it to `safeParse(input, { error: vietnameseErrorMap })`; forms pass it to their resolver.
 */
export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  const label = labelForPath(issue.path ?? []);
  return `${label}: ${describeIssue(issue)}`;
};

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Parses at an edge. Throws DomainError VALIDATION_FAILED with Vietnamese field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: vietnameseErrorMap });
  if (result.success) return result.data;
  const fieldErrors = toFieldErrors(result.error);
  throw new DomainError('VALIDATION_FAILED', `Invalid input: ${fieldErrors.map((e) => e.path).join(', ')}`, {
    userMessage: fieldErrors.map((e) => e.message).join('; '),
    fieldErrors,
  });
}
