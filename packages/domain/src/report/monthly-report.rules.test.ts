import { describe, expect, it } from 'vitest';
import { seedContent } from '../seed/index.ts';
import { directionsSectionTitle, monthlyReportSubject } from './monthly-report.rules.ts';

describe('monthly report titles', () => {
  it('match the seed report for November 2024', () => {
    const seed = seedContent();
    expect(monthlyReportSubject('2024-11')).toBe(seed.subject);
    expect(directionsSectionTitle('2024-11')).toBe(seed.sections.find((s) => s.key === 'B')!.title);
  });
  it('roll over the year in December', () => {
    expect(directionsSectionTitle('2024-12')).toBe('PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2025');
    expect(monthlyReportSubject('2024-12')).toContain(
      'tháng 12 năm 2024 và phương hướng, nhiệm vụ trọng tâm tháng 1 năm 2025',
    );
  });
});
