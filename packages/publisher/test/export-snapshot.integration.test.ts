import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashReportContent, insertEdition, insertReport, updateEditionWorkflow } from '@khcn/db';
import { seed } from '@khcn/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../src/export-snapshot.ts';
import { createPublisherFixture, type PublisherFixture } from './support/publisher-fixture.ts';

let fixture: PublisherFixture | null = null;
afterEach(async () => {
  await fixture?.destroy();
  fixture = null;
});

describe('exportSnapshot: files of the records', () => {
  it('copies only uploaded publication PDFs, never another file a record points at', async () => {
    fixture = await createPublisherFixture();
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
    await insertReport(db, { id: 'r-2024-12', period: '2024-12', at: new Date(), createdBy: null });
    await insertEdition(db, {
      id: 'e-2024-12',
      reportId: 'r-2024-12',
      editionNo: 1,
      changeNote: null,
      content,
      at: new Date(),
      by: null,
    });
    const hash = hashReportContent(content, records);
    await updateEditionWorkflow(db, {
      editionId: 'e-2024-12',
      expectedStatus: 'draft',
      at: new Date(),
      patch: {
        status: 'approved',
        submittedHash: hash,
        contentHash: hash,
        approvedBy: 'user-lanhdao',
        approvedAt: new Date(),
        number: { sequence: 1, symbol: 'BC-SKHCN', year: 2025 },
        issuedOn: '2025-01-05',
        frozenRecords: records,
      },
    });

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
