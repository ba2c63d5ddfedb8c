/** Open data: each collection as JSON and CSV (UTF-8 with BOM), a DCAT-AP catalogue, feeds. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { feedSections } from './support/site-files.ts';

const root = inject('richSite');
const snapshot = JSON.parse(readFileSync(inject('richSnapshot'), 'utf8'));
const read = (file: string) => readFileSync(path.join(root, file));

/** Minimal RFC 4180 reader for the checks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('open data', () => {
  const collections: Array<[string, string]> = [
    ['nhiem-vu', 'tasks'],
    ['san-giao-dich', 'listings'],
    ['an-pham', 'publications'],
    ['thanh-tra-kiem-tra', 'inspections'],
    ['cong-bo-hop-chuan-hop-quy', 'declarations'],
    ['tham-dinh-cong-nghe', 'appraisals'],
    ['chuyen-giao-cong-nghe', 'transfers'],
    ['hoi-thao-tap-huan', 'events'],
    ['chi-tieu', 'indicators'],
  ];

  it.each(collections)('publishes %s as JSON and as CSV with a BOM, one row per record', (slug, key) => {
    const json = JSON.parse(read(`du-lieu-mo/${slug}.json`).toString('utf8'));
    expect(json).toHaveLength(snapshot[key].length);
    const csv = read(`du-lieu-mo/${slug}.csv`);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.toString('utf8').slice(1));
    expect(rows.length - 1).toBe(snapshot[key].length);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('publishes the register of declarations of conformity with what a buyer looks for, demo rows marked', () => {
    const rows = parseCsv(read('du-lieu-mo/cong-bo-hop-chuan-hop-quy.csv').toString('utf8').slice(1));
    const header = rows[0]!;
    for (const column of [
      'Hình thức',
      'Tổ chức công bố',
      'Sản phẩm, hàng hóa',
      'Nhóm sản phẩm',
      'Tiêu chuẩn, quy chuẩn',
      'Căn cứ công bố',
      'Số thông báo tiếp nhận',
      'Ngày thông báo tiếp nhận',
      'Hiệu lực đến',
      'Dữ liệu minh họa',
      'Địa chỉ',
    ])
      expect(header).toContain(column);
    const json = JSON.parse(read('du-lieu-mo/cong-bo-hop-chuan-hop-quy.json').toString('utf8'));
    const first = snapshot.declarations[0];
    const row = rows.find((r) => r[0] === first.id)!;
    expect(row[header.indexOf('Tiêu chuẩn, quy chuẩn')]).toBe(first.standardCode);
    expect(row[header.indexOf('Dữ liệu minh họa')]).toBe('true');
    expect(row[header.indexOf('Địa chỉ')]).toBe(
      `${snapshot.site.siteUrl}/cong-bo-hop-chuan-hop-quy/${first.id}/`,
    );
    expect(json.find((r: { id: string }) => r.id === first.id)).toMatchObject({
      standardCode: first.standardCode,
      noticeNumber: first.noticeNumber,
      product: first.product,
    });
    expect(json).toHaveLength(snapshot.declarations.length);
  });

  it('publishes reports (every edition) and figures', () => {
    const editions = snapshot.reports.reduce(
      (n: number, r: { editions: unknown[] }) => n + r.editions.length,
      0,
    );
    expect(parseCsv(read('du-lieu-mo/bao-cao.csv').toString('utf8').slice(1)).length - 1).toBe(editions);
    const reports = JSON.parse(read('du-lieu-mo/bao-cao.json').toString('utf8'));
    expect(reports).toHaveLength(editions);
    for (const r of reports) expect(read(new URL(r.dataUrl).pathname.slice(1)).length).toBeGreaterThan(1000);
    expect(JSON.parse(read('du-lieu-mo/so-lieu.json').toString('utf8')).length).toBeGreaterThan(100);
  });

  it('describes every dataset in a DCAT-AP catalogue whose downloads exist', () => {
    const catalogue = JSON.parse(read('du-lieu-mo/danh-muc.jsonld').toString('utf8'));
    expect(catalogue['@type']).toBe('dcat:Catalog');
    expect(catalogue['dct:license']['@id']).toBe(snapshot.site.licence.url);
    expect(catalogue['dcat:dataset']).toHaveLength(collections.length + 2);
    const figures = catalogue['dcat:dataset'].find(
      (d: { 'dct:identifier': string }) => d['dct:identifier'] === 'so-lieu',
    );
    for (const key of ['basis', 'periodStart', 'periodEnd', 'qualifier', 'aggregation'])
      expect(figures['dct:description']['@value']).toContain(`(${key})`);
    for (const dataset of catalogue['dcat:dataset']) {
      expect(dataset['dcat:distribution']).toHaveLength(2);
      for (const d of dataset['dcat:distribution']) {
        const url = new URL(d['dcat:downloadURL']['@id']);
        expect(url.origin).toBe(new URL(snapshot.site.siteUrl).origin);
        expect(read(url.pathname.slice(1)).length).toBeGreaterThan(0);
      }
    }
  });

  it('traces every published figure to the sentence (or table row) of the report that states it', () => {
    const rows = JSON.parse(read('du-lieu-mo/so-lieu.json').toString('utf8')) as Array<
      Record<string, unknown>
    >;
    const pages = new Map<string, string>();
    for (const row of rows) {
      expect(row).toMatchObject({
        basis: expect.stringMatching(/^(month|ytd|period|level)$/),
        periodStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        periodEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        aggregation: expect.stringMatching(/^(sum|last|none)$/),
        qualifierBound: expect.any(String),
      });
      const url = new URL(row.source as string);
      const page = url.pathname.slice(1);
      if (!pages.has(page)) pages.set(page, read(`${page}index.html`).toString('utf8'));
      expect(pages.get(page), String(row.source)).toContain(`id="${url.hash.slice(1)}"`);
    }
    const levels = rows.filter((r) => r.indicator === 'radiation.source_facilities');
    expect(levels.every((r) => r.basis === 'level' && r.aggregation === 'last')).toBe(true);
  });

  it('has RSS feeds with absolute links', () => {
    for (const feed of feedSections) {
      const xml = read(`${feed}/rss.xml`).toString('utf8');
      expect(xml).toContain('<rss');
      const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]!);
      expect(links.length, feed).toBeGreaterThan(0);
      for (const link of links) expect(link.startsWith(snapshot.site.siteUrl)).toBe(true);
    }
  });
});
