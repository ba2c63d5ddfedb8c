import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reconcileReport } from '../report/reconciliation.rules.ts';
import { buildOutlineTree, reportContentSchema, sectionNarrative } from '../report/report.schema.ts';
import {
  allSeedFacts,
  seedContent,
  seedFactChecklist,
  seedReconciliationContext,
  seedRecords,
  seedReportContent,
  seedSnapshot,
} from './index.ts';

/** The report's extracted text, kept in the repository beside the seed (a fresh clone has nothing else). */
const sourcePath = fileURLToPath(new URL('./november-2024.source.txt', import.meta.url));
/** The source text with the PDF's line breaks joined, as a reader sees it. */
const sourceText = () => readFileSync(sourcePath, 'utf8').normalize('NFC').replace(/\s+/g, ' ');

/** Everything the seed data says, as one text. */
const seedText = () => {
  const content = seedContent();
  const records = seedRecords();
  return [
    content.subject,
    ...content.sections.flatMap((s) => [s.title, sectionNarrative(s)]),
    ...content.recipients.map((r) => r.name),
    content.archive.join(', '),
    content.signature?.signerTitle,
    content.signature?.signerName,
    JSON.stringify(records),
  ]
    .join('\n')
    .replace(/\s+/g, ' ');
};

describe('the seed report as data', () => {
  it('is a valid report content', () => {
    expect(reportContentSchema.safeParse(seedReportContent).success).toBe(true);
  });

  it('passes every reconciliation rule', () => {
    expect(reconcileReport(seedContent(), seedReconciliationContext())).toEqual([]);
  });

  it('has the outline A.I-VIII and B', () => {
    const roots = buildOutlineTree(seedContent().sections);
    expect(roots.map((r) => r.section.label)).toEqual(['A.', 'B.']);
    expect(roots[0]!.children.map((c) => c.section.label)).toEqual([
      'I.',
      'II.',
      'III.',
      'IV.',
      'V.',
      'VI.',
      'VII.',
      'VIII.',
    ]);
  });

  it('the checklist is taken from the source text', () => {
    expect(existsSync(sourcePath), `missing ${sourcePath}`).toBe(true);
    const text = sourceText();
    const missing = [...allSeedFacts, ...seedFactChecklist.headings].filter((f) => !text.includes(f));
    expect(missing).toEqual([]);
  });

  it.each([...allSeedFacts])('states "%s"', (factText) => {
    expect(seedText()).toContain(factText);
  });

  it('keeps the headings in the source order', () => {
    const titles = seedContent()
      .sections.map((s) => s.title)
      .join('\n');
    let last = -1;
    for (const heading of seedFactChecklist.headings) {
      const at = titles.indexOf(heading);
      expect(at, heading).toBeGreaterThan(last);
      last = at;
    }
  });

  it('builds a public snapshot', () => {
    const snapshot = seedSnapshot({ contentHash: 'a'.repeat(64) });
    expect(snapshot.reports).toHaveLength(1);
    expect(snapshot.tasks).toHaveLength(3);
    expect(snapshot.inspections).toHaveLength(4);
    expect(snapshot.tasks[0]!.events[0]!.recordedIn).toEqual({ period: '2024-11', editionNo: 1 });
  });
});
