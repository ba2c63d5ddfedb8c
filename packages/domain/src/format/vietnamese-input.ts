/**
 * Reading numbers and dates as Vietnamese staff type them: "12.200" is twelve thousand two hundred, "350,5" is
 * three hundred fifty and a half, "1/3/2024" is the first of March. Nothing is guessed: what cannot be read
 * gets a reason, never a different value.
 */

export type ParsedInput<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = <T>(reason: string): ParsedInput<T> => ({ ok: false, reason });

/**
 * A number typed the Vietnamese way: dots (or spaces) group thousands in threes, one comma starts the
 * decimals. "12.200" -> 12200, "1.250,75" -> 1250.75, "350,5" -> 350.5, "03" -> 3, "12 200" -> 12200.
 * "1.25" (a group that is not three digits) and "1,2,3" are refused with the reason.
 */
export function parseNumberInput(text: string): ParsedInput<number> {
  const trimmed = text.trim().replace(/\u00a0|\u202f/g, ' ');
  if (trimmed === '') return fail('chưa nhập số');
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1).trim() : trimmed;
  if (/[^\d.,\s]/.test(body))
    return fail('chỉ được gồm chữ số, dấu chấm ngăn cách hàng nghìn và dấu phẩy thập phân');
  const commas = body.split(',').length - 1;
  if (commas > 1) return fail('chỉ được có một dấu phẩy thập phân (ví dụ 350,5)');
  const [whole = '', fraction] = body.split(',') as [string, string | undefined];
  if (fraction !== undefined && !/^\d+$/.test(fraction))
    return fail('sau dấu phẩy thập phân phải là chữ số (ví dụ 350,5)');
  if (whole === '') return fail('thiếu phần nguyên trước dấu phẩy (ví dụ 0,5)');
  const groups = whole.split(/[.\s]/);
  const grouped = groups.length > 1;
  if (grouped && !/^\d{1,3}$/.test(groups[0]!))
    return fail('dấu chấm ngăn cách hàng nghìn theo nhóm 3 chữ số (ví dụ 12.200)');
  if (grouped && groups.slice(1).some((g) => !/^\d{3}$/.test(g))) {
    return fail(
      'dấu chấm ngăn cách hàng nghìn theo nhóm 3 chữ số (ví dụ 12.200); số thập phân dùng dấu phẩy (ví dụ 350,5)',
    );
  }
  if (!grouped && !/^\d+$/.test(whole)) return fail('không đọc được số');
  const value = Number(`${groups.join('')}${fraction !== undefined ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return fail('số quá lớn');
  return { ok: true, value: negative ? -value : value };
}

const inputNumberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6, useGrouping: true });

/** A number as the input shows it: "12.200", "350,5". */
export function formatNumberInput(value: number): string {
  return inputNumberFormat.format(value);
}

/**
 * What the input shows for a number typed so far, once it reads: the whole part grouped by thousands, the
 * decimals as typed ("12200" -> "12.200", "1234,5" -> "1.234,5", "03" stays "03"). Null when the text does
 * not read as a number yet ("12.2", "350,"): the input then leaves it as typed.
 */
export function regroupNumberText(text: string): string | null {
  if (!parseNumberInput(text).ok) return null;
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1).trim() : trimmed;
  const [whole = '', fraction] = body.split(',') as [string, string | undefined];
  let digits = whole.replace(/[.\s\u00a0\u202f]/g, '');
  if (digits.length > 3) digits = digits.replace(/^0+(?=\d)/, '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `,${fraction}` : ''}`;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A date typed day first: "1/3/2024", "01/03/2024", "1-3-2024", "1.3.2024" -> "2024-03-01". A month over 12
 * or a day the month does not have ("31/02/2025", "12/31/2024") is refused, never rolled over.
 */
export function parseDateInput(text: string): ParsedInput<string> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('chưa nhập ngày');
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return fail('ghi theo dạng ngày/tháng/năm, ví dụ 05/12/2024');
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (month < 1 || month > 12)
    return fail(`không có tháng ${month} (ghi ngày trước, tháng sau: ngày/tháng/năm)`);
  if (year < 1900 || year > 2100) return fail(`năm ${year} nằm ngoài khoảng 1900–2100`);
  if (day < 1 || day > daysIn(year, month)) return fail(`tháng ${month}/${year} không có ngày ${day}`);
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** A month typed "11/2024" or "11-2024" -> "2024-11". */
export function parseMonthInput(text: string): ParsedInput<string> {
  const match = /^(\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return fail('ghi theo dạng tháng/năm, ví dụ 11/2024');
  const month = Number(match[1]);
  if (month < 1 || month > 12) return fail(`không có tháng ${month}`);
  return { ok: true, value: `${match[2]}-${pad2(month)}` };
}

/** "2024-03-01" -> "01/03/2024". */
export function formatDateInput(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** "2024-11" -> "11/2024". */
export function formatMonthInput(period: string): string {
  return `${period.slice(5, 7)}/${period.slice(0, 4)}`;
}
