import { deflateSync } from 'node:zlib';
import { findFile } from '@khcn/db';
import { seed } from '@khcn/domain';
import { loadSeedEdition, renderReportPdf } from '@khcn/report-document';
import { describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES } from '../src/records/record-inputs.schema.ts';
import { useTestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

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
    const audit = await env.auditEntries({ action: 'record.uploadPublicationPdf', entityId: BULLETIN });
    expect(audit).toHaveLength(1);
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

  describe('refuses a PDF that acts when opened, or another format behind %PDF-, and stores nothing', () => {
    const pdf = (body: string, tail = '\n%%EOF\n') =>
      Buffer.concat([Buffer.from(`%PDF-1.7\n${body}`, 'latin1'), Buffer.from(tail, 'latin1')]);
    const catalog = (extra: string) =>
      `1 0 obj<</Type/Catalog/Pages 2 0 R${extra}>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>`;
    /** An object stream (PDF 1.5+) holding object 4, compressed: names inside it are not in the file's bytes. */
    const objectStream = (object: string) => {
      const data = deflateSync(Buffer.from(`4 0 ${object}`, 'latin1'));
      return Buffer.concat([
        Buffer.from(
          `%PDF-1.7\n${catalog('/OpenAction 4 0 R')}\n3 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${data.length}>>stream\n`,
          'latin1',
        ),
        data,
        Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
      ]);
    };
    const javascript =
      'Tệp PDF: tệp chứa mã JavaScript; hãy lưu lại thành PDF không có mã (ví dụ: In → Lưu thành PDF)';
    const cases: Array<[string, Buffer, string]> = [
      [
        'JavaScript run on opening',
        pdf(catalog('/OpenAction<</S/JavaScript/JS(app.alert(1))>>')),
        javascript,
      ],
      [
        'JavaScript with its name escaped (/J#61vaScript)',
        pdf(catalog('/OpenAction<</S/J#61vaScript/J#53(x)>>')),
        javascript,
      ],
      [
        'JavaScript hidden in a compressed object stream',
        objectStream('<</S/JavaScript/JS(app.alert(1))>>'),
        javascript,
      ],
      [
        'a /Launch action',
        pdf(catalog('/OpenAction<</S/Launch/F(cmd.exe)>>')),
        'Tệp PDF: tệp chứa lệnh mở chương trình khác (/Launch), không được phép đăng',
      ],
      [
        'an embedded file',
        pdf(catalog('/Names<</EmbeddedFiles<</Names[(a.exe) 3 0 R]>>>>')),
        'Tệp PDF: tệp có tệp khác đính kèm bên trong, không được phép đăng',
      ],
      [
        'a ZIP behind the signature',
        pdf('PK\x03\x04\x14\x00\x00\x00\x08\x00payload.js'),
        'Tệp PDF: tệp không phải là PDF hợp lệ (có dữ liệu của định dạng khác sau chữ ký %PDF-)',
      ],
      [
        'HTML behind the signature',
        pdf('<html><script>alert(1)</script></html>'),
        'Tệp PDF: tệp không phải là PDF hợp lệ (có dữ liệu của định dạng khác sau chữ ký %PDF-)',
      ],
      [
        'a ZIP appended after the end of the PDF',
        pdf(catalog(''), '\n%%EOF\nPK\x03\x04\x14\x00payload'),
        'Tệp PDF: tệp không phải là PDF hợp lệ (có dữ liệu của định dạng khác sau chữ ký %PDF-)',
      ],
    ];
    it.each(cases)('%s', async (_, bytes, message) => {
      const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
      const rejection = await rejectionOf(
        env.caller('chuyenvien').records.uploadPublicationPdf({
          id: BULLETIN,
          version,
          fileName: 'ban-tin.pdf',
          pdf: new Uint8Array(bytes),
        }),
      );
      expect(rejection).toMatchObject({
        code: 'BAD_REQUEST',
        userMessage: message,
        fieldErrors: [{ path: 'pdf', message }],
      });
      const after = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
      expect(after.version).toBe(version);
    });

    it('accepts a real PDF (the official report as LibreOffice makes it)', async () => {
      const source = await loadSeedEdition(seed.seedPeriod);
      const real = await renderReportPdf({ ...source!, draft: false });
      const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id: BULLETIN });
      const uploaded = await env.caller('chuyenvien').records.uploadPublicationPdf({
        id: BULLETIN,
        version,
        fileName: 'bao-cao.pdf',
        pdf: new Uint8Array(real),
      });
      expect(uploaded.bytes).toBe(real.byteLength);
    }, 60_000);
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
