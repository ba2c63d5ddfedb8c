import { formatDateTime } from '@khcn/domain';

/** "15:30" in Vietnam time, for "saved at" notes (through the one date formatter of @khcn/domain). */
export function formatTime(at: Date): string {
  return formatDateTime(at.toISOString()).slice(-5);
}
