import { seed } from '@khcn/domain';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

let env: TestEnvironment;
let draftId: string;
beforeAll(async () => {
  env = await createTestEnvironment();
  draftId = (await env.caller('chuyenvien').reports.create({ period: '2024-12', fromPreviousMonth: true }))
    .editionId;
});
afterAll(async () => {
  await env?.destroy();
});

const docxText = (base64: string) => {
  const parts = unzipSync(Buffer.from(base64, 'base64'));
  return Object.entries(parts)
    .filter(([name]) => name.startsWith('word/') && name.endsWith('.xml'))
    .map(([, data]) => strFromU8(data).replace(/<[^>]+>/g, ''))
    .join('\n');
};

describe('reports.document', () => {
  it('allowed: the approved November report as .docx, with its number and no draft mark', async () => {
    const doc = await env
      .caller('chuyenvien')
      .reports.document({ editionId: 'edition-2024-11-1', format: 'docx' });
    expect(doc.fileName).toMatch(/^bao-cao-2024-11-lan-1-[0-9a-f]{12}\.docx$/);
    expect(doc.mediaType).toContain('wordprocessingml');
    const text = docxText(doc.base64);
    expect(text).toContain('Số: 05/BC-SKHCN');
    expect(text).toContain(seed.seedFactChecklist.signer[1]);
    expect(text).not.toContain('DỰ THẢO');
  });

  it('allowed: a draft only with the draft mark, also as PDF', async () => {
    const doc = await env.caller('lanhdao').reports.document({ editionId: draftId, format: 'docx' });
    expect(doc.fileName.startsWith('du-thao-')).toBe(true);
    expect(docxText(doc.base64)).toContain('DỰ THẢO');
    const pdf = await env.caller('lanhdao').reports.document({ editionId: draftId, format: 'pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('rejected: an unknown edition or format', async () => {
    expect(
      (
        await rejectionOf(
          env.caller('chuyenvien').reports.document({ editionId: 'khong-co', format: 'docx' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await rejectionOf(
          env.caller('chuyenvien').reports.document({ editionId: draftId, format: 'odt' } as never),
        )
      ).code,
    ).toBe('BAD_REQUEST');
  });

  it('forbidden: no session', async () => {
    expect(
      (await rejectionOf(env.caller(null).reports.document({ editionId: draftId, format: 'docx' }))).code,
    ).toBe('UNAUTHORIZED');
  });
});
