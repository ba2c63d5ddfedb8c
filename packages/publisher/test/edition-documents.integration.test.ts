import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPublication, listEditionDocuments } from '@khcn/db';
import { emptyFrozenRecords, seed } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { runPublication } from '../src/run-publication.ts';
import {
  fixturePerTest,
  queuePublication,
  approveDraft,
  insertDraftReport,
} from './support/publisher-fixture.ts';

const newFixture = fixturePerTest();

describe('official documents in the publication', () => {
  it('attaches the .docx and .pdf of the approved edition', async () => {
    const fixture = await newFixture();
    const deps = { ...fixture.deps, documents: { enabled: true, pdf: true, limit: 3 } };
    expect(await runPublication(deps, await queuePublication(deps))).toBe('live');
    const docs = await listEditionDocuments(deps.db, ['edition-2024-11-1']);
    expect(docs.map((d) => d.format).sort()).toEqual(['docx', 'pdf']);
    // Published under the report's name, as a visitor downloads it.
    const snapshot = JSON.parse(readFileSync(join(deps.store.currentLink, 'du-lieu.json'), 'utf8'));
    expect(snapshot.reports[0].editions[0].documents).toMatchObject({
      docx: { path: 'files/bao-cao-thang-11-2024-so-05.docx' },
      pdf: { path: 'files/bao-cao-thang-11-2024-so-05.pdf' },
    });
  }, 120_000);

  it('still goes live without LibreOffice, with the .docx; a later publication adds the .pdf', async () => {
    const fixture = await newFixture();
    const without = {
      ...fixture.deps,
      documents: { enabled: true, pdf: true, limit: 3, sofficePath: '/nonexistent/soffice' },
    };
    expect(await runPublication(without, await queuePublication(without))).toBe('live');
    expect((await listEditionDocuments(without.db, ['edition-2024-11-1'])).map((d) => d.format)).toEqual([
      'docx',
    ]);

    const withConverter = { ...fixture.deps, documents: { enabled: true, pdf: true, limit: 3 } };
    expect(await runPublication(withConverter, await queuePublication(withConverter))).toBe('live');
    const formats = (await listEditionDocuments(withConverter.db, ['edition-2024-11-1']))
      .map((d) => d.format)
      .sort();
    expect(formats).toEqual(['docx', 'pdf']);
  }, 120_000);

  it('goes live when an old edition’s document cannot be made, saying why in the publication log', async () => {
    const fixture = await newFixture();
    const { db } = fixture.deps;
    // An approved edition that froze none of the records its sections link (data of an earlier release).
    const content = seed.seedContent();
    const records = emptyFrozenRecords();
    await insertDraftReport(db, '2024-10', content);
    await approveDraft(
      db,
      { id: 'e-2024-10', content, records },
      { sequence: 4, year: 2024, on: '2024-11-05' },
    );
    const deps = { ...fixture.deps, documents: { enabled: true, pdf: false, limit: 5 } };
    const id = await queuePublication(deps);
    expect(await runPublication(deps, id)).toBe('live');
    expect((await listEditionDocuments(db, ['edition-2024-11-1'])).map((d) => d.format)).toEqual(['docx']);
    expect(await listEditionDocuments(db, ['e-2024-10'])).toEqual([]);
    const log = JSON.stringify((await findPublication(db, id))!.stages);
    expect(log).toContain('Chưa tạo được văn bản chính thức cho báo cáo 2024-10 (lần 1)');
  }, 120_000);
});
