import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { exportSnapshot } from '../src/export-snapshot.ts';
import { fixturePerTest, approveDraft, insertDraftReport } from './support/publisher-fixture.ts';

const newFixture = fixturePerTest();

describe('exportSnapshot: files of the records', () => {
  it('copies only uploaded publication PDFs, never another file a record points at', async () => {
    const fixture = await newFixture();
    const { db, files } = fixture.deps;
    const upload = await files!.put({
      bytes: new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
      purpose: 'publication_pdf',
      mediaType: 'application/pdf',
      originalName: 'ban-tin.pdf',
      createdBy: null,
    });
    // An official document (or anything else stored) that a record was made to point at, e.g. by data written
    // before records.update refused file ids.
    const notAnUpload = await files!.put({
      bytes: new TextEncoder().encode('PK\u0003\u0004 not a publication'),
      purpose: 'report_docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      originalName: 'bao-cao.docx',
      createdBy: null,
    });
    const records = seed.seedRecords();
    const [bulletin, manual] = records.publications;
    records.publications = [
      { ...bulletin!, pdfFileId: upload.id },
      { ...manual!, pdfFileId: notAnUpload.id },
    ];
    const content = seed.seedContent();
    const editionId = await insertDraftReport(db, '2024-12', content);
    await approveDraft(
      db,
      { id: editionId, content, records },
      { sequence: 1, year: 2025, on: '2025-01-05' },
    );

    const siteFilesDir = join(mkdtempSync(join(tmpdir(), 'khcn-export-')), 'files');
    const snapshot = await exportSnapshot(db, { publicationId: 'p-x', now: new Date(), files, siteFilesDir });
    const pdfOf = (id: string) => snapshot.publications.find((p) => p.id === id)?.pdf;
    expect(pdfOf(bulletin!.id)).toMatchObject({ sha256: upload.sha256 });
    expect(pdfOf(manual!.id)).toBeUndefined();
    expect(readdirSync(siteFilesDir).filter((f) => f.startsWith('an-pham-'))).toEqual([
      `an-pham-${upload.sha256.slice(0, 16)}.pdf`,
    ]);
  });
});
