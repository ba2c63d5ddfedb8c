import { execFileSync } from 'node:child_process';
import { seed } from '@khcn/domain';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();
let draftId: string;
beforeAll(async () => {
  draftId = (await env.caller('chuyenvien').reports.create({ period: '2024-12', fromPreviousMonth: true }))
    .editionId;
});

const docxText = (base64: string) => {
  const parts = unzipSync(Buffer.from(base64, 'base64'));
  return Object.entries(parts)
    .filter(([name]) => name.startsWith('word/') && name.endsWith('.xml'))
    .map(([, data]) => strFromU8(data).replace(/<[^>]+>/g, ''))
    .join('\n');
};

/** LibreOffice processes this test process started (the `soffice` script execs `oosplash`). */
function runningConversions(): number {
  try {
    return execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => /^(soffice|oosplash)/.test(name.trim())).length;
  } catch {
    return 0; // ps exits 1 when there is no child
  }
}

/** Runs `work` while counting, every 50 ms, the conversions running at once; returns the most seen. */
async function peakConversionsDuring(work: () => Promise<unknown>): Promise<number> {
  let peak = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      peak = Math.max(peak, runningConversions());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    await work();
  } finally {
    done = true;
    await sampling;
  }
  return peak;
}

describe('reports.document: PDFs on demand do bounded work', () => {
  it('ten requests for the same draft at once start one conversion and get the same PDF', async () => {
    const period = '2025-07';
    const { editionId } = await env.caller('chuyenvien').reports.create({ period, fromPreviousMonth: false });
    const pdfs: string[] = [];
    const peak = await peakConversionsDuring(async () => {
      const all = await Promise.all(
        Array.from({ length: 10 }, () =>
          env.caller('lanhdao').reports.document({ editionId, format: 'pdf' }),
        ),
      );
      pdfs.push(...all.map((d) => d.base64));
    });
    expect(peak).toBeLessThanOrEqual(1);
    expect(new Set(pdfs).size).toBe(1);
    // Asked again later: the same render, no new conversion.
    const again = await peakConversionsDuring(async () => {
      const doc = await env.caller('chuyenvien').reports.document({ editionId, format: 'pdf' });
      expect(doc.base64).toBe(pdfs[0]);
    });
    expect(again).toBe(0);
  }, 120_000);

  it('never runs more than two conversions at once; past the waiting line, a request is refused as busy', async () => {
    const editions: string[] = [];
    for (const period of [
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]) {
      editions.push(
        (await env.caller('chuyenvien').reports.create({ period, fromPreviousMonth: false })).editionId,
      );
    }
    const outcomes: string[] = [];
    const peak = await peakConversionsDuring(async () => {
      const settled = await Promise.allSettled(
        editions.map((editionId) => env.caller('lanhdao').reports.document({ editionId, format: 'pdf' })),
      );
      for (const s of settled)
        outcomes.push(
          s.status === 'fulfilled' ? 'ok' : (await rejectionOf(Promise.reject(s.reason))).userMessage,
        );
    });
    expect(peak).toBeLessThanOrEqual(2);
    // Two converting, four waiting: six PDFs; the other two are told to try again, in Vietnamese.
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(6);
    expect(outcomes.filter((o) => o.startsWith('Máy chủ đang tạo nhiều tệp PDF khác'))).toHaveLength(2);
    // Asked again: six from the cache, the two refused ones converted now, still two at most at once.
    const second = await peakConversionsDuring(() =>
      Promise.all(
        editions.map((editionId) => env.caller('lanhdao').reports.document({ editionId, format: 'pdf' })),
      ),
    );
    expect(second).toBeLessThanOrEqual(2);
  }, 180_000);
});

describe('reports.document', () => {
  it('allowed: the approved November report as .docx, with its number and no draft mark', async () => {
    const doc = await env
      .caller('chuyenvien')
      .reports.document({ editionId: 'edition-2024-11-1', format: 'docx' });
    expect(doc.fileName).toBe('bao-cao-thang-11-2024-so-05.docx');
    expect(doc.mediaType).toContain('wordprocessingml');
    const text = docxText(doc.base64);
    expect(text).toContain('Số: 05/BC-SKHCN');
    expect(text).toContain(seed.seedFactChecklist.signer[1]);
    expect(text).not.toContain('DỰ THẢO');
  });

  it('allowed: a draft only with the draft mark, also as PDF', async () => {
    const doc = await env.caller('lanhdao').reports.document({ editionId: draftId, format: 'docx' });
    expect(doc.fileName).toBe('du-thao-bao-cao-thang-12-2024.docx');
    expect(docxText(doc.base64)).toContain('DỰ THẢO');
    const pdf = await env.caller('lanhdao').reports.document({ editionId: draftId, format: 'pdf' });
    expect(pdf.fileName).toBe('du-thao-bao-cao-thang-12-2024.pdf');
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
