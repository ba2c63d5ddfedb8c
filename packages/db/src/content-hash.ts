import { createHash } from 'node:crypto';
import { canonicalizeContent, type ReportContent } from '@khcn/domain';

/** SHA-256 (hex) of the canonical JSON of an edition's content: what an approval is bound to. */
export function hashReportContent(content: ReportContent): string {
  return createHash('sha256').update(canonicalizeContent(content)).digest('hex');
}
