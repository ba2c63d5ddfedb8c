/**
 * A synthetic ten-year publication snapshot for benchmarks: 120 monthly reports (some corrected), 3,000
 * S&T tasks with stage timelines, 2,000 live exchange listings, 500 publications, 1,000 inspections, 600
 * declarations of conformity.
 * Deterministic: the demo history comes from the domain's `seed.generateDemoHistory` (shared with the database
 * benchmarks); the snapshot is built through `buildPublicSnapshot`, so it is a valid one.
 *
 *   node scripts/large-snapshot.generator.ts out.json     writes one (the publisher's benchmark may reuse it)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildPublicSnapshot,
  canonicalizeContent,
  hungYenSiteConfig,
  type PublicSnapshot,
  seed,
  startingIndicators,
} from '@khcn/domain';

export type LargeSnapshotOptions = {
  years?: number;
  tasks?: number;
  listings?: number;
  publications?: number;
  inspections?: number;
  declarations?: number;
  /** Every n-th report gets a correction (a second approved edition). */
  correctionEvery?: number;
  seed?: number;
};

/** The ten-year snapshot. Counts are exact; the page count of the site built from it is about 7,000. */
export function generateLargeSnapshot(options: LargeSnapshotOptions = {}): PublicSnapshot {
  const { editions, asOfDate } = seed.generateDemoHistory({
    hashContent: (content) => createHash('sha256').update(canonicalizeContent(content)).digest('hex'),
    months: (options.years ?? 10) * 12,
    endPeriod: '2025-01',
    ...(options.tasks !== undefined ? { tasks: options.tasks } : {}),
    ...(options.listings !== undefined ? { listings: options.listings } : {}),
    ...(options.publications !== undefined ? { publications: options.publications } : {}),
    ...(options.inspections !== undefined ? { inspections: options.inspections } : {}),
    ...(options.declarations !== undefined ? { declarations: options.declarations } : {}),
    ...(options.correctionEvery !== undefined ? { correctionEvery: options.correctionEvery } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  return buildPublicSnapshot({
    publicationId: 'bench-10-years',
    generatedAt: `${asOfDate}T08:00:00+07:00`,
    asOfDate,
    site: hungYenSiteConfig,
    indicators: startingIndicators(),
    editions,
  });
}

export function writeLargeSnapshot(target: string, options?: LargeSnapshotOptions): PublicSnapshot {
  const snapshot = generateLargeSnapshot(options);
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  writeFileSync(target, JSON.stringify(snapshot));
  return snapshot;
}

if (import.meta.main) {
  const target = process.argv[2];
  if (!target) {
    console.error('Cách dùng: node scripts/large-snapshot.generator.ts <tệp-đầu-ra.json>');
    process.exit(2);
  }
  const s = writeLargeSnapshot(target);
  console.log(
    `Đã ghi ${target}: ${s.reports.length} báo cáo, ${s.tasks.length} nhiệm vụ, ${s.listings.length} tin, ${s.publications.length} ấn phẩm, ${s.inspections.length} thanh tra, kiểm tra, ${s.declarations.length} công bố hợp chuẩn, hợp quy`,
  );
}
