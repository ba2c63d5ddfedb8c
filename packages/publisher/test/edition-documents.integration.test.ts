import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findPublication,
  hashReportContent,
  insertEdition,
  insertReport,
  listEditionDocuments,
  updateEditionWorkflow,
} from '@khcn/db';
import { emptyFrozenRecords, seed } from '@khcn/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { runPublication } from '../src/run-publication.ts';
import {
  createPublisherFixture,
  type PublisherFixture,
  queuePublication,
} from './support/publisher-fixture.ts';

let fixture: PublisherFixture | null = null;
afterEach(async () => {
  await fixture?.destroy();
  fixture = null;
});

describe('official documents in the publication', () => {
  it('attaches the .docx and .pdf of the approved edition', async () => {
    fixture = await createPublisherFixture();
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
    fixture = await createPublisherFixture();
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
    fixture = await createPublisherFixture();
    const { db } = fixture.deps;
    // An approved edition that froze none of the records its sections link (data of an earlier release).
    const content = seed.seedContent();
    const records = emptyFrozenRecords();
    const hash = hashReportContent(content, records);
    await insertReport(db, { id: 'r-2024-10', period: '2024-10', at: new Date(), createdBy: null });
    await insertEdition(db, {
      id: 'e-2024-10',
      reportId: 'r-2024-10',
      editionNo: 1,
      changeNote: null,
      content,
      at: new Date(),
      by: null,
    });
    await updateEditionWorkflow(db, {
      editionId: 'e-2024-10',
      expectedStatus: 'draft',
      at: new Date(),
      patch: {
        status: 'approved',
        submittedHash: hash,
        contentHash: hash,
        approvedBy: 'user-lanhdao',
        approvedAt: new Date(),
        number: { sequence: 4, symbol: 'BC-SKHCN', year: 2024 },
        issuedOn: '2024-11-05',
        frozenRecords: records,
      },
    });
    const deps = { ...fixture.deps, documents: { enabled: true, pdf: false, limit: 5 } };
    const id = await queuePublication(deps);
    expect(await runPublication(deps, id)).toBe('live');
    expect((await listEditionDocuments(db, ['edition-2024-11-1'])).map((d) => d.format)).toEqual(['docx']);
    expect(await listEditionDocuments(db, ['e-2024-10'])).toEqual([]);
    const log = JSON.stringify((await findPublication(db, id))!.stages);
    expect(log).toContain('Chưa tạo được văn bản chính thức cho báo cáo 2024-10 (lần 1)');
  }, 120_000);
});
