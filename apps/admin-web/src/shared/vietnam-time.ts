import { addDays } from '@khcn/domain';

/** The start of a calendar day in Vietnam (UTC+7, no daylight saving) as an ISO instant. */
export function startOfVietnamDay(isoDate: string): string {
  return `${isoDate}T00:00:00+07:00`;
}

/** The end (exclusive) of a calendar day in Vietnam: the start of the next day. */
export function endOfVietnamDay(isoDate: string): string {
  return startOfVietnamDay(addDays(isoDate, 1));
}

/** Today's date in Vietnam, "yyyy-mm-dd". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The report period of a date ("2024-12-05" -> "2024-12"). */
export function periodOfDate(isoDate: string): string {
  return isoDate.slice(0, 7);
}
