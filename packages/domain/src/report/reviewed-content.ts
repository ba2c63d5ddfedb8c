import type { FrozenRecords } from '../snapshot/build-public-snapshot.ts';
import { canonicalJson, type ReportContent } from './report.schema.ts';

/**
 * What a leader reviews and an approval is bound to: the edition's content AND the content of every record it
 * links (a task's title, an inspection's findings...), as canonical JSON (sorted keys, NFC strings). A change to
 * a linked record after submission changes it, so the approval fails with CONTENT_CHANGED instead of freezing a
 * record nobody reviewed. Hashing happens outside the domain (no crypto here).
 */
export function canonicalizeReviewedContent(content: ReportContent, linkedRecords: FrozenRecords): string {
  return canonicalJson({ content, linkedRecords });
}
