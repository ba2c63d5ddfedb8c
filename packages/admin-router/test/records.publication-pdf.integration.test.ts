import { findFile, listAuditEntries } from '@khcn/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES } from '../src/records/record-inputs.schema.ts';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(async () => {
  await env?.destroy();
});

const BULLETIN = 'publication-bulletin-2024-04';
const tinyPdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

describe('records.uploadPublicationPdf: allowed', () => {
  it('stores a PDF sent as base64 outside the web root and links it to the bulletin', async () => {
    const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
    const uploaded = await env.caller('chuyenvien').records.uploadPublicationPdf({
      id: BULLETIN,
      version,
      fileName: 'Bản tin KH&CN số 04-2024.pdf',
      pdf: Buffer.from(tinyPdf).toString('base64'),
    });
    expect(uploaded).toMatchObject({ id: BULLETIN, version: version + 1, bytes: tinyPdf.byteLength });
    const record = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
    expect(record.data).toMatchObject({ pdfFileId: uploaded.fileId });
    const file = await findFile(env.database.db, uploaded.fileId);
    expect(file).toMatchObject({
      purpose: 'publication_pdf',
      mediaType: 'application/pdf',
      originalName: 'Bản tin KH&CN số 04-2024.pdf',
      createdBy: 'user-chuyenvien',
    });
    expect(env.files.pathOf(file!.storageKey).startsWith(env.files.dir)).toBe(true);
    expect(await env.files.read(file!.storageKey)).toEqual(tinyPdf);
    const audit = await listAuditEntries(env.database.db, {
      action: 'record.uploadPublicationPdf',
      entityId: BULLETIN,
      page: 1,
      pageSize: 5,
    });
    expect(audit.items).toHaveLength(1);
  });

  it('accepts bytes as well (binary transport)', async () => {
    const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
    const uploaded = await env.caller('chuyenvien').records.uploadPublicationPdf({
      id: BULLETIN,
      version,
      fileName: 'ban-tin-04.pdf',
      pdf: tinyPdf,
    });
    expect(uploaded.version).toBe(version + 1);
  });
});

describe('records.uploadPublicationPdf: rejected', () => {
  it('refuses a file that is not a PDF, whatever its name', async () => {
    const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.uploadPublicationPdf({
        id: BULLETIN,
        version,
        fileName: 'ban-tin.pdf',
        pdf: new TextEncoder().encode('<html><body>không phải PDF</body></html>'),
      }),
    );
    expect(rejection).toMatchObject({
      code: 'BAD_REQUEST',
      userMessage: 'Tệp PDF: tệp tải lên không phải là tệp PDF',
      fieldErrors: [{ path: 'pdf', message: 'Tệp PDF: tệp tải lên không phải là tệp PDF' }],
    });
  });

  it('refuses a file over the 20 MB limit, and stores nothing', async () => {
    const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
    const oversize = new Uint8Array(MAX_PDF_BYTES + 1);
    oversize.set(tinyPdf);
    const rejection = await rejectionOf(
      env
        .caller('chuyenvien')
        .records.uploadPublicationPdf({ id: BULLETIN, version, fileName: 'lon.pdf', pdf: oversize }),
    );
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.userMessage).toBe('Tệp PDF: dung lượng 20,1 MB vượt quá giới hạn 20 MB');
    const after = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
    expect(after.version).toBe(version);
  });

  it('refuses text that is not base64, a stale version, and an unknown publication', async () => {
    const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
    const notBase64 = await rejectionOf(
      env
        .caller('chuyenvien')
        .records.uploadPublicationPdf({ id: BULLETIN, version, fileName: 'a.pdf', pdf: '%%%' }),
    );
    expect(notBase64.code).toBe('BAD_REQUEST');
    expect(notBase64.fieldErrors[0]?.message).toMatch(/^Tệp PDF: /);
    const stale = await rejectionOf(
      env.caller('chuyenvien').records.uploadPublicationPdf({
        id: BULLETIN,
        version: version - 1,
        fileName: 'a.pdf',
        pdf: tinyPdf,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const unknown = await rejectionOf(
      env.caller('chuyenvien').records.uploadPublicationPdf({
        id: 'publication-none',
        version: 1,
        fileName: 'a.pdf',
        pdf: tinyPdf,
      }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('is forbidden to the clerk and without a session', async () => {
    for (const user of ['vanthu', null] as const) {
      const rejection = await rejectionOf(
        env
          .caller(user)
          .records.uploadPublicationPdf({ id: BULLETIN, version: 1, fileName: 'a.pdf', pdf: tinyPdf }),
      );
      expect(rejection.code, String(user)).toBe(user ? 'FORBIDDEN' : 'UNAUTHORIZED');
    }
  });
});
