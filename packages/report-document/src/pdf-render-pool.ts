import { createHash } from 'node:crypto';
import { canonicalJson } from '@khcn/domain';
import { DocumentConversionError } from './render-report-pdf.ts';
import type { ReportDocumentInput } from './report-document.types.ts';

export type PdfRenderPoolOptions = {
  /** LibreOffice conversions running at once (each takes a core and a few hundred MB for about a second). */
  maxRunning: number;
  /** Requests that may wait for a free slot; beyond them a request is refused as busy, never queued. */
  maxWaiting: number;
  /** Finished PDFs kept, by key (the most recently used stay). */
  cacheEntries: number;
};

export type PdfRenderStats = {
  running: number;
  waiting: number;
  /** Conversions started since the pool was made. */
  started: number;
  /** The most conversions that ever ran at once. */
  peakRunning: number;
  cached: number;
};

export type PdfRenderPool = {
  /**
   * The PDF for `key`: from the cache, from a conversion of the same key already running (it is shared), or
   * from `convert` once a slot is free. Refused with DocumentConversionError('BUSY') when every slot is taken and
   * the waiting line is full.
   */
  render(key: string, convert: () => Promise<Buffer>): Promise<Buffer>;
  stats(): PdfRenderStats;
};

/**
 * What a document is made of, as one key: SHA-256 of the canonical JSON of the whole input (content, edition
 * number and date, site identity, linked records, draft mark). Two requests with the same key get the same PDF.
 */
export function documentInputKey(input: ReportDocumentInput): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

/**
 * On-demand PDF rendering with bounded work: at most `maxRunning` LibreOffice conversions at a time, a short
 * waiting line, one conversion per key however many ask for it at once, and the recent results kept.
 */
export function createPdfRenderPool(options: PdfRenderPoolOptions): PdfRenderPool {
  const cache = new Map<string, Buffer>();
  const inFlight = new Map<string, Promise<Buffer>>();
  const waiting: Array<() => void> = [];
  let running = 0;
  let started = 0;
  let peakRunning = 0;

  const remember = (key: string, pdf: Buffer) => {
    cache.delete(key);
    cache.set(key, pdf);
    while (cache.size > options.cacheEntries) cache.delete(cache.keys().next().value!);
  };

  async function acquireSlot(): Promise<void> {
    if (running < options.maxRunning) {
      running += 1;
      return;
    }
    if (waiting.length >= options.maxWaiting) {
      throw new DocumentConversionError('BUSY', 'PDF render pool is full', {
        userMessage:
          'Máy chủ đang tạo nhiều tệp PDF khác; vui lòng thử lại sau ít phút (hoặc tải bản .docx).',
      });
    }
    // The slot is handed over by the conversion that ends (running stays the same).
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function releaseSlot(): void {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }

  async function convertInSlot(key: string, convert: () => Promise<Buffer>): Promise<Buffer> {
    await acquireSlot();
    started += 1;
    peakRunning = Math.max(peakRunning, running);
    try {
      const pdf = await convert();
      remember(key, pdf);
      return pdf;
    } finally {
      releaseSlot();
    }
  }

  return {
    render(key, convert) {
      const cached = cache.get(key);
      if (cached) {
        remember(key, cached);
        return Promise.resolve(cached);
      }
      const shared = inFlight.get(key);
      if (shared) return shared;
      const pending = convertInSlot(key, convert).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
    stats: () => ({ running, waiting: waiting.length, started, peakRunning, cached: cache.size }),
  };
}
