import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './vietnam-date.ts';

describe('todayInVietnam', () => {
  it('is the calendar day in Hà Nội (UTC+7), not in UTC', () => {
    expect(todayInVietnam(new Date('2024-12-31T16:59:59Z'))).toBe('2024-12-31');
    expect(todayInVietnam(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2025-01-06T02:00:00Z'))).toBe('2025-01-06');
  });
});
