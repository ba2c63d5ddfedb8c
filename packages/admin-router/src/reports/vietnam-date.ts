const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (ISO yyyy-mm-dd) in Việt Nam at `instant`: report dates and listing renewals use it. */
export function todayInVietnam(instant: Date): string {
  return vietnamDate.format(instant);
}
