import { type Database, listEditionsByStatus, listRecordTitles, type StoredEdition } from '@khcn/db';
import { sectionNarrative } from '@khcn/domain';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().normalize('NFC'))
    .filter(Boolean);

/**
 * Texts that exist only outside approved editions: narrative lines of draft and in-review editions that no
 * approved edition contains, and the titles of records that no approved edition ever linked. None of them may
 * appear in a public build. `approved` are the approved editions the snapshot was made from.
 */
export async function collectCanaryTexts(
  db: Database,
  approved: readonly StoredEdition[],
): Promise<string[]> {
  const approvedLines = new Set<string>();
  const everPublished = new Set<string>();
  for (const { edition, frozenRecords } of approved) {
    for (const section of edition.content.sections) {
      approvedLines.add(section.title.normalize('NFC'));
      for (const line of lines(sectionNarrative(section))) approvedLines.add(line);
    }
    for (const collection of Object.values(frozenRecords ?? {}))
      for (const record of collection) everPublished.add(record.id);
  }
  const candidates = new Set<string>();
  for (const { edition } of await listEditionsByStatus(db, ['draft', 'in_review'])) {
    for (const section of edition.content.sections) {
      for (const line of lines(sectionNarrative(section)))
        if (line.length >= 20 && !approvedLines.has(line)) candidates.add(line);
    }
  }
  for (const record of await listRecordTitles(db)) {
    const title = record.title.normalize('NFC');
    if (!everPublished.has(record.id) && title.length >= 12 && !approvedLines.has(title))
      candidates.add(title);
  }
  return [...candidates];
}
