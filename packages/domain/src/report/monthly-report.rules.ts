import { nextPeriod } from '../common.schema.ts';

const monthYear = (period: string) => {
  const [year, month] = period.split('-') as [string, string];
  return { year, month: String(Number(month)) };
};

/** The department's usual subject line for the monthly report of `period`. */
export function monthlyReportSubject(period: string): string {
  const current = monthYear(period);
  const next = monthYear(nextPeriod(period));
  const scope = 'Kết quả hoạt động quản lý nhà nước về khoa học và công nghệ';
  return next.year === current.year
    ? `${scope} tháng ${current.month} và phương hướng, nhiệm vụ trọng tâm tháng ${next.month} năm ${current.year}`
    : `${scope} tháng ${current.month} năm ${current.year} và phương hướng, nhiệm vụ trọng tâm tháng ${next.month} năm ${next.year}`;
}

/** Key of part B, next month's directions. */
export const DIRECTIONS_SECTION_KEY = 'B';

/** Title of part B for the report of `period`: "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2024" for 2024-11. */
export function directionsSectionTitle(period: string): string {
  const next = monthYear(nextPeriod(period));
  return `PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG ${next.month} NĂM ${next.year}`;
}
