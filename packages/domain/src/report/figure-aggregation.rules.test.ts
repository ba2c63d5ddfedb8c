import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildIndicatorHistory,
  combineQualifiers,
  type FigureObservation,
  sumQualified,
} from './figure-aggregation.rules.ts';
import { type FactQualifier, type FigureBasis, qualifierBounds, qualifierWords } from './figure.schema.ts';

const qualifier = fc.constantFrom<FactQualifier>('exact', 'exact', 'exact', ...qualifierWords);
const monthOf = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
const basis: fc.Arbitrary<FigureBasis> = fc.oneof(
  fc.constant<FigureBasis>({ kind: 'month' }),
  fc.constant<FigureBasis>({ kind: 'ytd' }),
  fc.constant<FigureBasis>({ kind: 'level' }),
  fc.tuple(fc.integer({ min: 2018, max: 2023 }), monthOf, monthOf).map(([y, a, b]): FigureBasis => {
    const [from, to] = [a, b].sort();
    return { kind: 'period', from: `${y}-${from}`, to: `${y}-${to}` };
  }),
);

/** A random history: report periods of 2024-2025, each stating the indicator with figures of any basis. */
const history = fc
  .array(
    fc.record({
      period: fc.tuple(fc.constantFrom('2024', '2025'), monthOf).map(([y, m]) => `${y}-${m}`),
      value: fc.integer({ min: 0, max: 100_000 }),
      qualifier,
      basis,
    }),
    { maxLength: 30 },
  )
  .map((rows) => {
    // One figure per report period and basis, as reconciliation requires.
    const seen = new Set<string>();
    return rows.filter((r) => {
      const key = `${r.period}|${r.basis.kind}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .map((rows) =>
    rows.map(
      (r, i): FigureObservation => ({
        reportPeriod: r.period,
        editionNo: 1,
        sectionKey: 'A.I',
        factIndex: i,
        indicator: 'x.y',
        value: r.value,
        qualifier: r.qualifier,
        basis: r.basis,
      }),
    ),
  );

const monthsUpTo = (obs: readonly FigureObservation[], period: string) =>
  obs.filter(
    (o) =>
      o.basis.kind === 'month' &&
      o.reportPeriod.slice(0, 4) === period.slice(0, 4) &&
      o.reportPeriod <= period,
  );

describe('aggregates are never false (properties over random histories)', () => {
  it('a computed year to date sums exactly the month figures of that year up to that month', () => {
    fc.assert(
      fc.property(history, (obs) => {
        for (const row of buildIndicatorHistory('sum', obs).rows) {
          const months = monthsUpTo(obs, row.period);
          if (months.length === 0) expect(row.computedYtd).toBeNull();
          else {
            expect(row.computedYtd!.value).toBe(months.reduce((a, o) => a + o.value, 0));
            expect(row.computedYtd!.monthsCovered).toBe(months.length);
          }
        }
      }),
    );
  });

  it('figures of other periods, levels and stated years to date never enter a computed sum', () => {
    fc.assert(
      fc.property(history, history, (obs, extra) => {
        const others = extra.filter((o) => o.basis.kind !== 'month');
        const a = buildIndicatorHistory('sum', obs).rows;
        const b = buildIndicatorHistory('sum', [...obs, ...others]).rows;
        for (const row of a) {
          const same = b.find((r) => r.period === row.period)!;
          expect(same.computedYtd?.value ?? null).toBe(row.computedYtd?.value ?? null);
          expect(same.month?.value ?? null).toBe(row.month?.value ?? null);
        }
      }),
    );
  });

  it('an aggregate with a qualified part, or with a month missing, never reads as exact', () => {
    fc.assert(
      fc.property(history, (obs) => {
        for (const row of buildIndicatorHistory('sum', obs).rows) {
          if (!row.computedYtd) continue;
          const months = monthsUpTo(obs, row.period);
          const qualified = months.some((o) => o.qualifier !== 'exact');
          const complete = months.length === Number(row.period.slice(5, 7));
          if (qualified || !complete) expect(row.computedYtd.qualifier).not.toBe('exact');
          else expect(row.computedYtd.qualifier).toBe('exact');
          if (!complete)
            expect(['more_than', 'at_least', 'about']).toContain(qualifierBounds[row.computedYtd.qualifier]);
        }
      }),
    );
  });

  it('a stated year to date is preferred to the computed one, and shown as stated', () => {
    fc.assert(
      fc.property(history, (obs) => {
        for (const row of buildIndicatorHistory('sum', obs).rows) {
          const stated = obs.find((o) => o.reportPeriod === row.period && o.basis.kind === 'ytd');
          if (stated) {
            expect(row.ytd?.source).toBe('reported');
            expect(row.ytd?.figure.value).toBe(stated.value);
            expect(row.ytd?.figure.qualifier).toBe(stated.qualifier);
          } else if (row.computedYtd) expect(row.ytd?.source).toBe('computed');
        }
      }),
    );
  });

  it('a level is never summed: the latest stands, and nothing is summed for levels or "none"', () => {
    fc.assert(
      fc.property(history, (obs) => {
        const last = buildIndicatorHistory('last', obs);
        const none = buildIndicatorHistory('none', obs);
        for (const h of [last, none]) {
          expect(h.rows.every((r) => r.computedYtd === null && r.reportedYtd === null)).toBe(true);
        }
        const candidates = obs.filter((o) => o.basis.kind === 'level' || o.basis.kind === 'month');
        if (candidates.length === 0) expect(last.latestLevel).toBeNull();
        else expect(candidates.map((o) => o.value)).toContain(last.latestLevel!.value);
      }),
    );
  });
});

describe('combining qualifiers', () => {
  it('follows the words: "hơn" stays "hơn", approximations give "khoảng", a shared word is kept', () => {
    expect(combineQualifiers(['exact', 'exact'])).toBe('exact');
    expect(combineQualifiers(['hơn', 'exact'])).toBe('hơn');
    expect(combineQualifiers(['trên', 'trên'])).toBe('trên');
    expect(combineQualifiers(['trên', 'hơn'])).toBe('hơn');
    expect(combineQualifiers(['ít nhất', 'hơn'])).toBe('hơn');
    expect(combineQualifiers(['gần', 'exact'])).toBe('gần');
    expect(combineQualifiers(['gần', 'khoảng'])).toBe('khoảng');
    expect(combineQualifiers(['hơn', 'dưới'])).toBe('khoảng');
    expect(combineQualifiers(['dưới', 'exact'])).toBe('dưới');
  });

  it('the January-October "hơn 9.800" plus November\'s 350 is "hơn 10.150", never a bare number', () => {
    expect(
      sumQualified([
        { value: 9800, qualifier: 'hơn' },
        { value: 350, qualifier: 'exact' },
      ]),
    ).toEqual({
      value: 10150,
      qualifier: 'hơn',
    });
  });

  it('a stated year to date that the approved months contradict is flagged; a qualified one that fits is not', () => {
    const month = (period: string, value: number): FigureObservation => ({
      reportPeriod: period,
      editionNo: 1,
      sectionKey: 'A',
      factIndex: 0,
      indicator: 'x.y',
      value,
      qualifier: 'exact',
      basis: { kind: 'month' },
    });
    const ytd = (value: number, q: FactQualifier): FigureObservation => ({
      ...month('2024-03', value),
      factIndex: 1,
      qualifier: q,
      basis: { kind: 'ytd' },
    });
    const rowOf = (obs: FigureObservation[]) =>
      buildIndicatorHistory('sum', obs).rows.find((r) => r.period === '2024-03')!;
    const months = [month('2024-01', 3), month('2024-02', 4), month('2024-03', 2)];
    expect(rowOf([...months, ytd(10, 'exact')]).ytdDisagrees).toBe(true);
    expect(rowOf([...months, ytd(9, 'exact')]).ytdDisagrees).toBe(false);
    expect(rowOf([...months, ytd(8, 'hơn')]).ytdDisagrees).toBe(false);
    expect(rowOf([...months, ytd(9, 'hơn')]).ytdDisagrees).toBe(true);
    // February missing: the months give at least 5, so a stated 100 may be true, a stated 4 may not.
    const gap = [month('2024-01', 3), month('2024-03', 2)];
    expect(rowOf([...gap, ytd(100, 'exact')]).ytdDisagrees).toBe(false);
    expect(rowOf([...gap, ytd(4, 'exact')]).ytdDisagrees).toBe(true);
    expect(rowOf(gap).computedYtd).toMatchObject({
      value: 5,
      qualifier: 'ít nhất',
      missingMonths: ['2024-02'],
    });
  });
});
