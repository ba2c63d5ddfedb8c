import fc from 'fast-check';
import { hungYenSiteConfig, reportFrameSettingsSchema, seed } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { type TestEnvironment, useTestEnvironment } from './support/test-environment.ts';
import type { DemoUsername } from './support/test-context.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

type Call = (caller: ReturnType<TestEnvironment['caller']>, input: unknown) => Promise<unknown>;

type Procedure = { call: Call; sample: unknown };

const section = {
  title: 'Hoạt động KH&CN',
  blocks: [{ kind: 'paragraph', text: 'Trong tháng, Sở đã thẩm định 05 dự án.' }],
  facts: [{ indicator: 'technology.investment_opinions', value: 5, asWritten: '05' }],
  legalRefs: [],
  recordRefs: [{ kind: 'task', id: 'task-ntmn-biofloc' }],
};
const task = { id: 'task-fuzz', title: 'Nhiệm vụ thử đường', level: 'provincial', events: [] };
const frame = {
  subject: 'Báo cáo tháng',
  place: 'Hưng Yên',
  closing: 'Trân trọng báo cáo./.',
  recipients: [{ name: 'UBND tỉnh', forReport: true }],
  archive: ['VT'],
  signature: null,
};
const SEED = 'edition-2024-11-1';

/** Every procedure of the reports, records, organisations, publications and settings areas, with a valid input. */
const procedures: Record<string, Procedure> = {
  'reports.list': { call: (c, i) => c.reports.list(i as never), sample: { year: 2024 } },
  'reports.get': { call: (c, i) => c.reports.get(i as never), sample: { period: '2024-11', editionNo: 1 } },
  'reports.history': { call: (c, i) => c.reports.history(i as never), sample: { period: '2024-11' } },
  'reports.diff': {
    call: (c, i) => c.reports.diff(i as never),
    sample: { fromEditionId: SEED, toEditionId: SEED },
  },
  'reports.create': {
    call: (c, i) => c.reports.create(i as never),
    sample: { period: '2024-12', fromPreviousMonth: true },
  },
  'reports.updateSection': {
    call: (c, i) => c.reports.updateSection(i as never),
    sample: { editionId: SEED, key: 'A.II.2', version: 0, content: section },
  },
  'reports.updateFrame': {
    call: (c, i) => c.reports.updateFrame(i as never),
    sample: { editionId: SEED, frameVersion: 0, frame },
  },
  'reports.submit': { call: (c, i) => c.reports.submit(i as never), sample: { editionId: SEED } },
  'reports.return': {
    call: (c, i) => c.reports.return(i as never),
    sample: { editionId: SEED, reason: 'Bổ sung số liệu' },
  },
  'reports.approve': {
    call: (c, i) => c.reports.approve(i as never),
    sample: { editionId: SEED, contentHash: 'a'.repeat(64) },
  },
  'reports.openCorrection': {
    call: (c, i) => c.reports.openCorrection(i as never),
    sample: { editionId: SEED, changeNote: 'Đính chính số liệu' },
  },
  'reports.checkFinding': {
    call: (c, i) => c.reports.checkFinding(i as never),
    sample: {
      editionId: SEED,
      key: 'CARRY_OVER_SAME_FIGURE:A.IV.2:facts.0:metrology.instruments_inspected',
      checked: true,
    },
  },
  'indicators.list': { call: (c) => c.indicators.list(), sample: {} },
  'indicators.create': {
    call: (c, i) => c.indicators.create(i as never),
    sample: {
      name: 'Mẫu thử nghiệm',
      unit: 'mẫu',
      group: 'Tiêu chuẩn đo lường chất lượng',
      division: 'TDC',
      aggregation: 'sum',
      defaultBasis: 'month',
    },
  },
  'indicators.update': {
    call: (c, i) => c.indicators.update(i as never),
    sample: {
      code: 'tasks.accepted',
      version: 0,
      unit: 'nhiệm vụ',
      group: 'Nhiệm vụ KH&CN',
      division: 'QLKH',
      aggregation: 'sum',
      defaultBasis: 'month',
      sumOf: [],
      atMost: null,
    },
  },
  'indicators.rename': {
    call: (c, i) => c.indicators.rename(i as never),
    sample: { code: 'tasks.accepted', version: 0, name: 'Nhiệm vụ được nghiệm thu', from: '2025-01' },
  },
  'indicators.retire': {
    call: (c, i) => c.indicators.retire(i as never),
    sample: { code: 'tasks.accepted', version: 0, from: '2030-01' },
  },
  'records.list': {
    call: (c, i) => c.records.list(i as never),
    sample: { kind: 'task', query: 'duong', level: 'national', year: 2024, page: 1, pageSize: 10 },
  },
  'records.get': {
    call: (c, i) => c.records.get(i as never),
    sample: { kind: 'task', id: 'task-ntmn-biofloc' },
  },
  'records.create': { call: (c, i) => c.records.create(i as never), sample: { kind: 'task', data: task } },
  'records.update': {
    call: (c, i) => c.records.update(i as never),
    sample: { version: 1, record: { kind: 'task', data: { ...task, id: 'task-ntmn-biofloc' } } },
  },
  'records.renewListing': {
    call: (c, i) => c.records.renewListing(i as never),
    sample: { id: 'listing-x', version: 1 },
  },
  'records.expireListing': {
    call: (c, i) => c.records.expireListing(i as never),
    sample: { id: 'listing-x', version: 1 },
  },
  'records.uploadPublicationPdf': {
    call: (c, i) => c.records.uploadPublicationPdf(i as never),
    sample: { id: 'publication-bulletin-2024-04', version: 1, fileName: 'a.pdf', pdf: 'JVBERi0xLjQK' },
  },
  'organisations.list': {
    call: (c, i) => c.organisations.list(i as never),
    sample: { query: 'so khoa hoc' },
  },
  'organisations.upsert': {
    call: (c, i) => c.organisations.upsert(i as never),
    sample: {
      organisation: { id: 'org-fuzz', kind: 'other', names: [{ name: 'Tổ chức', validFrom: '2024-01-01' }] },
    },
  },
  'publications.list': { call: (c, i) => c.publications.list(i as never), sample: { limit: 10 } },
  'publications.get': { call: (c, i) => c.publications.get(i as never), sample: { id: 'pub-x' } },
  'publications.rollback': { call: (c, i) => c.publications.rollback(i as never), sample: { id: 'pub-x' } },
  'publications.publishNow': { call: (c) => c.publications.publishNow(), sample: {} },
  'settings.divisions': { call: (c) => c.settings.divisions(), sample: {} },
  'settings.site': { call: (c) => c.settings.site(), sample: {} },
  'settings.updateSite': { call: (c, i) => c.settings.updateSite(i as never), sample: hungYenSiteConfig },
  'settings.reportFrame': { call: (c) => c.settings.reportFrame(), sample: {} },
  'settings.updateReportFrame': {
    call: (c, i) => c.settings.updateReportFrame(i as never),
    sample: reportFrameSettingsSchema.parse(seed.seedContent()),
  },
  'reports.document': {
    call: (c, i) => c.reports.document(i as never),
    sample: { editionId: 'edition-2024-11-1', format: 'docx' },
  },
};

/** Every path into a value (objects and arrays), the root included. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths = [prefix];
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      paths.push(...pathsOf(item, [...prefix, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

/** A copy of `value` with the node at `path` replaced (or deleted when `replacement` is undefined). */
function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (rest.length === 0 && replacement === undefined) delete copy[head];
  else copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** Strange values: control characters, tones, LIKE wildcards, huge and negative numbers, wrong types. */
const strangeValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('duong', 'đường', '%_\\', "'; DROP TABLE records; --", 'a\u0000b', '\u0000', ' ', ''),
  fc.integer(),
  fc.constantFrom(0, -1, 1e308, Number.NaN, 2 ** 53),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** Valid inputs with one node replaced by a strange value, and plain random values. */
function inputsNear(sample: unknown) {
  const paths = pathsOf(sample);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...paths), strangeValue).map(([p, v]) => replaceAt(sample, p, v)),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
}
const users: Array<DemoUsername | null> = ['chuyenvien', 'lanhdao', 'vanthu', 'quantri', null];

describe('fuzzing every procedure input', () => {
  for (const [name, { call, sample }] of Object.entries(procedures)) {
    it(`${name} never fails with a 500`, async () => {
      await fc.assert(
        fc.asyncProperty(inputsNear(sample), fc.constantFrom(...users), async (input, user) => {
          try {
            await call(env.caller(user), input);
          } catch (error) {
            const code = (error as { code?: string }).code;
            expect(code, `${name} ${JSON.stringify(input)} -> ${String(error)}`).not.toBe(
              'INTERNAL_SERVER_ERROR',
            );
          }
        }),
        { numRuns: 80, seed: 20241205 },
      );
    });
  }
});

describe('a NUL character in any field', () => {
  it('is bad input naming the field, not a database failure', async () => {
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.list({ kind: 'task', query: 'a\u0000b' }),
    );
    expect(rejection).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: [{ path: 'query', message: 'Từ khóa: chứa ký tự không hợp lệ' }],
    });
    const nested = await rejectionOf(
      env.caller('chuyenvien').records.create({
        kind: 'appraisal',
        data: { id: 'appraisal-nul', period: '2025-01', sector: 'bao bì\u0000' },
      }),
    );
    expect(nested.fieldErrors).toEqual([
      { path: 'data.sector', message: 'Lĩnh vực đầu tư: chứa ký tự không hợp lệ' },
    ]);
  });
});

describe('a string that is not well-formed Unicode (a lone surrogate) in any field', () => {
  /** Every path of `sample` that holds a string. */
  const stringPaths = (sample: unknown) =>
    pathsOf(sample).filter((p) => {
      let node: unknown = sample;
      for (const key of p) node = (node as Record<string | number, unknown>)[key];
      return typeof node === 'string';
    });
  const withStrings = Object.entries(procedures).filter(([, { sample }]) => stringPaths(sample).length > 0);

  it.each(withStrings)(
    '%s answers bad input naming the field, never a 500',
    async (name, { call, sample }) => {
      for (const path of stringPaths(sample)) {
        for (const lone of ['\uD800', 'x\uDFFFy']) {
          let node: unknown = sample;
          for (const key of path) node = (node as Record<string | number, unknown>)[key];
          const input = replaceAt(sample, path, `${node as string}${lone}`);
          const rejection = await rejectionOf(call(env.caller('lanhdao'), input));
          expect(rejection.code, `${name} at ${path.join('.')} -> ${JSON.stringify(rejection)}`).toBe(
            'BAD_REQUEST',
          );
          expect(rejection.fieldErrors).toEqual([
            { path: path.join('.'), message: expect.stringMatching(/: chứa ký tự không hợp lệ$/) },
          ]);
        }
      }
    },
  );
});
