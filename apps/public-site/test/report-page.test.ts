/** Report pages: edition history with change notes and a readable diff, downloads, citations from tasks. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlToText, readPage } from './support/site-files.ts';

const root = inject('richSite');
const snapshot = JSON.parse(readFileSync(inject('richSnapshot'), 'utf8'));
type Report = {
  period: string;
  editions: Array<{
    editionNo: number;
    changeNote: string | null;
    documents: Record<string, { path: string }>;
  }>;
};
const corrected = (snapshot.reports as Report[]).find((r) => r.editions.length > 1)!;

describe('a corrected report', () => {
  const html = readPage(root, `/bao-cao/${corrected.period}/`);
  const text = htmlToText(html);

  it('lists every edition with its change note', () => {
    expect(text).toContain('Lịch sử ban hành');
    for (const e of corrected.editions) if (e.changeNote) expect(text).toContain(e.changeNote);
    expect(text).toContain('Thay đổi của lần 2 so với lần 1');
  });

  it('shows what changed, word by word', () => {
    expect(html).toMatch(
      /Trong <\/span><del>(<span[^>]*>[^<]*<\/span>)?kỳ báo cáo(<span[^>]*>[^<]*<\/span>)?<\/del><ins>(<span[^>]*>[^<]*<\/span>)?tháng/,
    );
  });

  it('keeps the earlier edition on its own page', () => {
    const first = readPage(root, `/bao-cao/${corrected.period}/lan-1/`);
    expect(first).toContain('Đây là lần ban hành 1');
    expect(htmlToText(first)).toContain('Trong kỳ báo cáo');
  });
});

describe('downloads', () => {
  const latest = (snapshot.reports as Report[])[0]!;
  const edition = latest.editions[latest.editions.length - 1]!;
  const html = readPage(root, `/bao-cao/${latest.period}/`);

  it('links the .docx and .pdf the snapshot carries, copied into the site', () => {
    for (const doc of [edition.documents.docx!, edition.documents.pdf!]) {
      expect(html).toContain(`href="/${doc.path}"`);
      expect(existsSync(path.join(root, doc.path))).toBe(true);
    }
  });

  it('always offers the JSON of the report with every edition', () => {
    const json = JSON.parse(readFileSync(path.join(root, 'bao-cao', latest.period, 'du-lieu.json'), 'utf8'));
    expect(json.period).toBe(latest.period);
    expect(json.editions).toHaveLength(latest.editions.length);
  });

  it('omits .docx/.pdf links when the snapshot has none', () => {
    const seedHtml = readPage(inject('seedSite'), '/bao-cao/2024-11/');
    expect(seedHtml).not.toContain('.docx"');
    expect(seedHtml).toContain('du-lieu.json');
  });
});

describe('a task page', () => {
  const task = snapshot.tasks.find((t: { events: unknown[] }) => t.events.length >= 3);
  const html = readPage(root, `/nhiem-vu/${task.id}/`);

  it('shows a timeline whose every event cites the edition that recorded it', () => {
    const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const entries = timeline.split('<li>').slice(1);
    expect(entries).toHaveLength(task.events.length);
    for (const [i, entry] of entries.entries()) {
      const event = task.events[i];
      expect(entry).toMatch(new RegExp(`href="/bao-cao/${event.recordedIn.period}/(lan-\\d+/)?"`));
      expect(htmlToText(entry)).toContain('lần ban hành');
    }
  });

  it('lists in the facet pages it belongs to', () => {
    const levelPage = readPage(root, '/nhiem-vu/');
    expect(levelPage).toContain('href="/nhiem-vu/cap/cap-tinh/"');
  });
});
