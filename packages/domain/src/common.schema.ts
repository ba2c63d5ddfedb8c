import { z } from 'zod';
import { normalizeText } from './text/vietnamese-text.ts';

/**
 * Non-empty text as stored: normalised first (NFC, no bidi controls or zero-width characters), then trimmed and
 * measured, so text made only of invisible characters is empty.
 */
export const textSchema = z.string().transform(normalizeText).pipe(z.string().trim().min(1).max(20_000));
export const shortTextSchema = z.string().transform(normalizeText).pipe(z.string().trim().min(1).max(500));
export const isoDateSchema = z.iso.date();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const idSchema = z.string().min(1).max(64);
/** "2024-11" */
export const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Kỳ báo cáo: phải có dạng yyyy-mm' });
/** Division (phòng, đơn vị) code, e.g. "QLKH". */
export const divisionCodeSchema = z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/);

/** The codes of a label table (`{ offer: 'Chào bán công nghệ', ... }`) as a zod enum. */
export function enumOf<T extends Record<string, string>>(labels: T) {
  return z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]]);
}

export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
export function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
