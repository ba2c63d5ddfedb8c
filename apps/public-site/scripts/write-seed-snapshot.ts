/**
 * Writes the seed publication snapshot (the November 2024 report, approved as issued) to
 * `.snapshot/seed.json`, the input of `pnpm build` when SNAPSHOT_PATH is unset.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalizeReviewedContent, type PublicSnapshot, seed } from '@khcn/domain';
import { seedSnapshotPath } from '../src/env.ts';

export function createSeedSnapshot(): PublicSnapshot {
  // The hash `pnpm db:seed` stores for the seed edition: its content with the records it freezes.
  const reviewed = canonicalizeReviewedContent(seed.seedContent(), seed.seedRecords());
  const contentHash = createHash('sha256').update(reviewed).digest('hex');
  return seed.seedSnapshot({ contentHash });
}

export function writeSeedSnapshot(target: string = seedSnapshotPath): string {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(createSeedSnapshot(), null, 2)}\n`);
  return target;
}

if (import.meta.main) {
  const target = writeSeedSnapshot();
  console.log(`Đã ghi ảnh chụp dữ liệu mẫu: ${path.relative(process.cwd(), target)}`);
}
