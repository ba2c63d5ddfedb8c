/**
 * Calendar days. Việt Nam keeps UTC+7 all year (no daylight saving), so its calendar day is plain arithmetic on
 * the instant: the one "today in Việt Nam" of the platform (report dates, listing renewals, the snapshot's day,
 * the admin app's "today"). Pure: the caller passes the instant.
 */
export const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The calendar day (ISO yyyy-mm-dd) in Việt Nam at `instant`. */
export function todayInVietnam(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds days to an ISO date (pure calendar arithmetic, UTC). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The start of a calendar day in Việt Nam as an ISO instant. */
export function startOfVietnamDay(isoDate: string): string {
  return `${isoDate}T00:00:00+07:00`;
}

/** The end (exclusive) of a calendar day in Việt Nam: the start of the next day. */
export function endOfVietnamDay(isoDate: string): string {
  return startOfVietnamDay(addDays(isoDate, 1));
}

/** The report period of a date ("2024-12-05" -> "2024-12"). */
export function periodOfDate(isoDate: string): string {
  return isoDate.slice(0, 7);
}
