import { type FrozenRecords, recordKindEntries } from '../records/record-kinds.ts';
import { canonicalJson, type ReportContent } from './report.schema.ts';

/**
 * What a leader reviews and an approval is bound to: the edition's content AND the content of every record it
 * links (a task's title, an inspection's findings...), as canonical JSON (sorted keys, NFC strings). A change to
 * a linked record after submission changes it, so the approval fails with CONTENT_CHANGED instead of freezing a
 * record nobody reviewed. Hashing happens outside the domain (no crypto here).
 */
export function canonicalizeReviewedContent(content: ReportContent, linkedRecords: FrozenRecords): string {
  const hashed: Record<string, readonly unknown[]> = { ...linkedRecords };
  // A kind added after this hash format enters it only when the edition links records of it (the registry's
  // `addedAfterContentHash`), so hashes made before the kind existed stay as they were.
  for (const [, kind] of recordKindEntries)
    if (kind.addedAfterContentHash && hashed[kind.collection]?.length === 0) delete hashed[kind.collection];
  return canonicalJson({ content, linkedRecords: hashed });
}
