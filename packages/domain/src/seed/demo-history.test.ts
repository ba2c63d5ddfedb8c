import { describe, expect, it } from 'vitest';
import { canonicalizeContent } from '../report/report.schema.ts';
import { generateDemoHistory } from './demo-history.ts';

const hashContent = (c: Parameters<typeof canonicalizeContent>[0]) =>
  String(canonicalizeContent(c).length).padStart(64, '0');

describe('generated demo history', () => {
  it('is deterministic and ends the month before endPeriod', () => {
    const options = {
      hashContent,
      months: 24,
      endPeriod: '2024-11',
      tasks: 50,
      listings: 20,
      publications: 10,
      inspections: 10,
    };
    const a = generateDemoHistory(options);
    const b = generateDemoHistory(options);
    expect(a).toEqual(b);
    const periods = [...new Set(a.editions.map((e) => e.period))];
    expect(periods).toHaveLength(24);
    expect(periods.at(0)).toBe('2022-11');
    expect(periods.at(-1)).toBe('2024-10');
    expect(a.editions.flatMap((e) => e.records.tasks)).toHaveLength(50);
    expect(a.editions.flatMap((e) => e.records.listings).every((l) => l.isDemo)).toBe(true);
  });

  it('gives every approved edition a number unique within its year of issue', () => {
    const { editions } = generateDemoHistory({
      hashContent,
      months: 120,
      endPeriod: '2024-11',
      tasks: 10,
      listings: 10,
      publications: 10,
      inspections: 10,
    });
    const keys = editions.map((e) => `${e.issuedOn.slice(0, 4)}/${e.number.sequence}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(editions.some((e) => e.editionNo === 2 && e.changeNote)).toBe(true);
  });
});
