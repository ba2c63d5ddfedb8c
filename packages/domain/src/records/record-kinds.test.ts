import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { canonicalJson } from '../report/report.schema.ts';
import { canonicalizeReviewedContent } from '../report/reviewed-content.ts';
import { generateDemoHistory } from '../seed/demo-history.ts';
import { seedContent, seedRecords } from '../seed/index.ts';
import { buildPublicSnapshot } from '../snapshot/build-public-snapshot.ts';
import { hungYenSiteConfig } from '../site/default-site-config.ts';
import {
  anyRecordKind,
  anyRecordSchema,
  completeFrozenRecords,
  emptyFrozenRecords,
  type FrozenRecords,
  publicRecordKinds,
  recordKindEntries,
  recordKinds,
} from './record-kinds.ts';

/** The field names of a zod object schema, dotted into nested objects ("budget.stateBudget"). */
function fieldNames(schema: z.ZodType, prefix = ''): string[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, inner]) => {
    let t = inner as unknown as { def: { type: string; innerType?: unknown }; shape?: unknown };
    while (t.def.innerType) t = t.def.innerType as typeof t;
    return [`${prefix}${key}`, ...fieldNames(t as unknown as z.ZodType, `${prefix}${key}.`)];
  });
}

const { editions, asOfDate } = generateDemoHistory({
  hashContent: () => '0'.repeat(64),
  months: 6,
  endPeriod: '2024-12',
  tasks: 12,
  listings: 8,
  publications: 6,
  inspections: 6,
  declarations: 12,
  correctionEvery: 0,
});
const snapshot = buildPublicSnapshot({
  publicationId: 'registry-test',
  generatedAt: `${asOfDate}T08:00:00+07:00`,
  asOfDate,
  site: hungYenSiteConfig,
  indicators: [],
  editions,
});
/** Every kind's records: the seed's and the generated history's, each as staff enter it and as published. */
const samples = recordKindEntries.map(([kind, definition]) => ({
  kind,
  definition,
  records: [
    ...(seedRecords()[definition.collection] as Array<Record<string, unknown>>),
    ...editions.flatMap((e) => e.records[definition.collection] as Array<Record<string, unknown>>),
  ],
  published: snapshot[definition.collection] as Array<Record<string, unknown>>,
}));

describe('the record-kind registry', () => {
  it('names each kind, collection, open dataset and public address once', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(recordKindEntries.map(([, d]) => d.collection));
    unique(recordKindEntries.map(([, d]) => d.openData.slug));
    unique(recordKindEntries.map(([, d]) => d.labels.area));
    unique(publicRecordKinds.map((k) => anyRecordKind(k).site!.segment));
    for (const [kind, d] of recordKindEntries) {
      const headers = [...d.openData.columns.map((c) => c.header), ...(d.site ? ['Địa chỉ'] : [])];
      expect(new Set(headers).size, `${kind}: open-data headers`).toBe(headers.length);
      const facets = d.site?.facets ?? [];
      expect(new Set(facets.map((f) => f.key)).size, kind).toBe(facets.length);
      expect(facets.map((f) => f.segment)).not.toContain('trang');
    }
  });

  it('edits only fields its kind’s schema has', () => {
    for (const [kind, d] of recordKindEntries) {
      const names = new Set(fieldNames(d.schema));
      for (const group of d.admin.form.groups)
        for (const field of group.fields) expect(names.has(field.name), `${kind}: ${field.name}`).toBe(true);
    }
  });

  it('gives every record of every kind a title, a year, search text, a report line, list cells and a table row', () => {
    for (const { kind, definition: d, records, published } of samples) {
      expect(records.length, `${kind}: sample records`).toBeGreaterThan(0);
      for (const record of records) {
        expect(anyRecordSchema.parse({ kind, data: record })).toEqual({ kind, data: record });
        expect(d.title(record), kind).toMatch(/\S/);
        expect(d.searchText(record).join(' '), kind).toContain(d.title(record));
        expect(Number.isInteger(d.year(record)) || d.year(record) === null, kind).toBe(true);
        for (const column of d.admin.columns) expect(column.cell(record, asOfDate), kind).toBeTruthy();
        const cells = d.documentTable.columns.map((c) => c.value(record, '2024-11'));
        expect(
          cells.some((c) => c?.trim()),
          kind,
        ).toBe(true);
      }
      for (const record of published) {
        expect(d.reportLine(record), kind).toMatch(/\S/);
        for (const c of d.openData.columns) expect(() => c.value(record, (p) => p), kind).not.toThrow();
        if (d.site) expect(d.site.summary(record, { year: '2024' }).length, kind).toBeGreaterThan(0);
      }
    }
  });

  it('marks generated declarations and listings as demo data', () => {
    for (const collection of ['declarations', 'listings'] as const)
      expect(snapshot[collection].length > 0 && snapshot[collection].every((r) => r.isDemo)).toBe(true);
  });

  it('keeps every content hash made before declarations existed', () => {
    const records = seedRecords();
    const { declarations: _none, ...before } = records;
    expect(canonicalizeReviewedContent(seedContent(), records)).toBe(
      canonicalJson({ content: seedContent(), linkedRecords: before }),
    );
    const linked: FrozenRecords = { ...records, declarations: editions[0]!.records.declarations.slice(0, 1) };
    expect(linked.declarations).toHaveLength(1);
    expect(canonicalizeReviewedContent(seedContent(), linked)).toContain('"declarations":[{');
  });

  it('completes frozen records stored before a kind existed', () => {
    const { declarations: _none, ...stored } = emptyFrozenRecords();
    expect(completeFrozenRecords(stored)).toEqual(emptyFrozenRecords());
    expect(Object.keys(emptyFrozenRecords())).toHaveLength(recordKinds.length);
  });
});
