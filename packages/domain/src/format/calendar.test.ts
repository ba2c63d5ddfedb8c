import { describe, expect, it } from 'vitest';
import { addDays, endOfVietnamDay, periodOfDate, startOfVietnamDay, todayInVietnam } from './calendar.ts';

describe('todayInVietnam', () => {
  it('is the calendar day in Hà Nội (UTC+7), not in UTC', () => {
    expect(todayInVietnam(new Date('2024-12-31T16:59:59Z'))).toBe('2024-12-31');
    expect(todayInVietnam(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2025-01-06T02:00:00Z'))).toBe('2025-01-06');
  });

  it('agrees with the time zone database for Asia/Ho_Chi_Minh over a year of hours', () => {
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let t = Date.parse('2024-01-01T00:00:00Z'); t < Date.parse('2025-01-01T00:00:00Z'); t += 3_600_000)
      expect(todayInVietnam(new Date(t))).toBe(zone.format(new Date(t)));
  });
});

describe('Vietnamese calendar days', () => {
  it('bounds a day in UTC+7 and names its period', () => {
    expect(startOfVietnamDay('2024-12-31')).toBe('2024-12-31T00:00:00+07:00');
    expect(endOfVietnamDay('2024-12-31')).toBe('2025-01-01T00:00:00+07:00');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(periodOfDate('2024-12-05')).toBe('2024-12');
  });
});
