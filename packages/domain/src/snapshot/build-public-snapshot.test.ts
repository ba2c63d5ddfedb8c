import { describe, expect, it } from 'vitest';
import { exchangeListingSchema } from '../records/exchange-listing.schema.ts';
import { seedContent, seedRecords } from '../seed/index.ts';
import { startingIndicators } from '../report/starting-indicators.ts';
import { hungYenSiteConfig } from '../site/default-site-config.ts';
import { type ApprovedEditionInput, buildPublicSnapshot } from './build-public-snapshot.ts';

const listing = (id: string, overrides: Record<string, unknown> = {}) =>
  exchangeListingSchema.parse({
    id,
    kind: 'offer',
    title: `Công nghệ ${id}`,
    field: 'Nông nghiệp',
    summary: 'Tóm tắt',
    owner: 'Công ty A',
    readiness: 7,
    ipStatus: 'none',
    priceMode: 'negotiable',
    contact: { name: 'Nguyễn Văn A', phone: '0912 345 678', isPublic: false },
    listedOn: '2024-11-01',
    expiresOn: '2025-01-30',
    ...overrides,
  });

const edition = (period: string, editionNo: number, records = seedRecords()): ApprovedEditionInput => ({
  period,
  editionNo,
  number: { sequence: editionNo, symbol: 'BC-SKHCN' },
  issuedOn: '2024-12-05',
  approvedAt: '2024-12-05T09:00:00+07:00',
  changeNote: editionNo > 1 ? 'Đính chính số liệu' : null,
  contentHash: 'b'.repeat(64),
  content: seedContent(),
  records,
});

/** A snapshot published on `asOfDate` (09:00 in Hà Nội) of these editions, with the starting catalogue. */
const snapshotOf = (
  publicationId: string,
  asOfDate: string,
  editions: ApprovedEditionInput[],
  indicators = startingIndicators(),
) =>
  buildPublicSnapshot({
    publicationId,
    generatedAt: `${asOfDate}T09:00:00+07:00`,
    asOfDate,
    site: hungYenSiteConfig,
    indicators,
    editions,
  });

describe('buildPublicSnapshot', () => {
  it('hides private contacts and drops expired listings', () => {
    const records = {
      ...seedRecords(),
      listings: [
        listing('l1'),
        listing('l2', { expiresOn: '2024-11-20' }),
        listing('l3', { contact: { name: 'B', isPublic: true } }),
      ],
    };
    const snap = snapshotOf('p1', '2024-12-05', [edition('2024-11', 1, records)]);
    expect(snap.listings.map((l) => l.id).sort()).toEqual(['l1', 'l3']);
    expect(snap.listings.find((l) => l.id === 'l1')!.contact).toBeNull();
    expect(JSON.stringify(snap)).not.toContain('0912 345 678');
  });

  it('takes each record as of the latest edition that links it and keeps only approved periods of events', () => {
    const v1 = seedRecords();
    const v2 = seedRecords();
    v2.tasks[0]!.resultSummary = 'Đã đính chính';
    v2.tasks[0]!.events.push({ id: 'ev-future', kind: 'checked', period: '2025-01' });
    const snap = snapshotOf('p2', '2024-12-10', [edition('2024-11', 2, v2), edition('2024-11', 1, v1)]);
    const task = snap.tasks.find((t) => t.id === v2.tasks[0]!.id)!;
    expect(task.asOf).toEqual({ period: '2024-11', editionNo: 2 });
    expect(task.resultSummary).toBe('Đã đính chính');
    expect(task.events.map((e) => e.id)).not.toContain('ev-future');
    expect(snap.reports[0]!.editions.map((e) => e.editionNo)).toEqual([1, 2]);
  });

  it('keeps a milestone of a month that has no approved report, recorded in the edition that froze it', () => {
    const records = seedRecords();
    records.tasks[0]!.events.push({ id: 'ev-august', kind: 'checked', period: '2024-08' });
    const snap = snapshotOf('p3', '2024-12-10', [edition('2024-11', 1, records)]);
    const event = snap.tasks
      .find((t) => t.id === records.tasks[0]!.id)!
      .events.find((e) => e.id === 'ev-august');
    expect(event?.recordedIn).toEqual({ period: '2024-11', editionNo: 1 });
  });

  it('carries the catalogue entries of the indicators the reports state, and no others', () => {
    const snap = snapshotOf(
      'p4',
      '2024-12-10',
      [edition('2024-11', 1, seedRecords())],
      [
        ...startingIndicators(),
        { ...startingIndicators()[0]!, code: 'unused.indicator', names: [{ from: null, name: 'Chưa dùng' }] },
      ],
    );
    const codes = snap.indicators.map((i) => i.code);
    expect(codes).toContain('radiation.source_facilities');
    expect(codes).not.toContain('unused.indicator');
  });
});
