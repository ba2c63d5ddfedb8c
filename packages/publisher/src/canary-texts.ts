import { type Database, listEditionsByStatus, listRecordTitles } from '@khcn/db';
import { type PublicSnapshot, sectionNarrative } from '@khcn/domain';

/**
 * Texts that exist only outside approved editions: draft and in-review narrative, and the titles of records
 * that no approved edition links. None of them may appear in a public build.
 */
export async function collectCanaryTexts(db: Database, snapshot: PublicSnapshot): Promise<string[]> {
  const published = JSON.stringify(snapshot).normalize('NFC');
  const publishedIds = new Set(
    [
      snapshot.tasks,
      snapshot.listings,
      snapshot.publications,
      snapshot.inspections,
      snapshot.appraisals,
      snapshot.transfers,
      snapshot.events,
    ]
      .flat()
      .map((r) => r.id),
  );
  const candidates = new Set<string>();
  for (const { edition } of await listEditionsByStatus(db, ['draft', 'in_review'])) {
    for (const section of edition.content.sections) {
      for (const line of sectionNarrative(section).split('\n')) {
        const text = line.trim().normalize('NFC');
        if (text.length >= 20) candidates.add(text);
      }
    }
  }
  for (const record of await listRecordTitles(db)) {
    if (!publishedIds.has(record.id) && record.title.length >= 12)
      candidates.add(record.title.normalize('NFC'));
  }
  return [...candidates].filter(
    (c) => !published.includes(JSON.stringify(c).slice(1, -1)) && !published.includes(c),
  );
}
