import { createHash } from 'node:crypto';
import { canonicalizeReviewedContent, type FrozenRecords, type ReportContent } from '@khcn/domain';
import type { DbExecutor } from './create-db.ts';
import { findRecordsByRefs } from './record.queries.ts';

/**
 * SHA-256 (hex) of what an approval is bound to: the edition's content and the records it links, as they are
 * (ADR 0004, amended by ADR 0011). Pass the records `findRecordsByRefs` returns for the content's refs (a draft or
 * a submitted edition) or the edition's frozen records (an approved one).
 */
export function hashReportContent(content: ReportContent, linkedRecords: FrozenRecords): string {
  return createHash('sha256').update(canonicalizeReviewedContent(content, linkedRecords)).digest('hex');
}

/**
 * The records `content` links, read now, and the hash of the content with them: what a submission records and
 * an approval checks and freezes (the same records that were hashed).
 */
export async function hashWithLinkedRecords(
  db: DbExecutor,
  content: ReportContent,
): Promise<{ hash: string; linkedRecords: FrozenRecords }> {
  const linkedRecords = await findRecordsByRefs(
    db,
    content.sections.flatMap((s) => s.recordRefs),
  );
  return { hash: hashReportContent(content, linkedRecords), linkedRecords };
}
