/** The one number and date formatter for Vietnamese output. Pure: dates come in as ISO strings. */
import { VIETNAM_OFFSET_MS } from './calendar.ts';

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1034 -> "1.034"; 90.5 -> "90,5". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

/** Counts under 10 written with a leading zero, as in the department's reports: 3 -> "03". */
export function formatCount(value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 10) return `0${value}`;
  return formatNumber(value);
}

/** Parses a number as a Vietnamese author writes it: "1.034" -> 1034, "90,5" -> 90.5, "03" -> 3. */
export function parseVietnameseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Triệu đồng amounts: 1250.5 -> "1.250,5 triệu đồng". */
export function formatMillionDong(value: number): string {
  return `${formatNumber(value)} triệu đồng`;
}

type DateParts = { year: number; month: number; day: number };

export function parseIsoDate(isoDate: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2024-12-05" -> "05/12/2024". */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "2024-12-05T08:30:00Z" -> "05/12/2024 15:30" in Asia/Ho_Chi_Minh (UTC+7, no DST). */
export function formatDateTime(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return `${pad2(local.getUTCDate())}/${pad2(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
}

/** The official place-and-date line: "Hưng Yên, ngày 05 tháng 12 năm 2024". */
export function formatOfficialDateLine(place: string, isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${place}, ngày ${pad2(day)} tháng ${pad2(month)} năm ${year}`;
}

/** A report period "2024-11" -> "tháng 11 năm 2024". */
export function formatPeriod(period: string): string {
  const [year, month] = period.split('-');
  return `tháng ${Number(month)} năm ${year}`;
}

/** "Số: 05/BC-SKHCN". */
export function formatReportNumber(sequence: number, symbol: string): string {
  return `Số: ${pad2(sequence)}/${symbol}`;
}
