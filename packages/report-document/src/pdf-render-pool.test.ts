import { describe, expect, it } from 'vitest';
import { createPdfRenderPool } from './pdf-render-pool.ts';
import { DocumentConversionError } from './render-report-pdf.ts';

/** A stand-in conversion that counts how many run at once and ends when told. */
function controlledConversions() {
  let running = 0;
  let peak = 0;
  const pending: Array<() => void> = [];
  return {
    get peak() {
      return peak;
    },
    get waiting() {
      return pending.length;
    },
    convert: (label: string) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => pending.push(resolve));
      running -= 1;
      return Buffer.from(`%PDF- ${label}`);
    },
    finishOne() {
      pending.shift()?.();
    },
    async finishAll() {
      while (pending.length > 0) {
        pending.shift()?.();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createPdfRenderPool', () => {
  it('runs at most two conversions at once, lets a few wait, and refuses the rest as busy', async () => {
    const pool = createPdfRenderPool({ maxRunning: 2, maxWaiting: 2, cacheEntries: 8 });
    const conversions = controlledConversions();
    const results = Array.from({ length: 10 }, (_, i) =>
      pool.render(`key-${i}`, conversions.convert(`${i}`)).then(
        (pdf) => pdf.toString(),
        (error: unknown) => error,
      ),
    );
    await tick();
    expect(pool.stats()).toMatchObject({ running: 2, waiting: 2 });
    await conversions.finishAll();
    const settled = await Promise.all(results);
    const busy = settled.filter((r) => r instanceof DocumentConversionError);
    expect(busy).toHaveLength(6);
    for (const error of busy) {
      expect((error as DocumentConversionError).code).toBe('BUSY');
      expect((error as DocumentConversionError).userMessage).toMatch(/^Máy chủ đang tạo nhiều tệp PDF/);
    }
    expect(settled.filter((r) => typeof r === 'string')).toEqual([
      '%PDF- 0',
      '%PDF- 1',
      '%PDF- 2',
      '%PDF- 3',
    ]);
    expect(conversions.peak).toBe(2);
    expect(pool.stats()).toMatchObject({ started: 4, peakRunning: 2, running: 0, waiting: 0 });
  });

  it('converts a key once however many ask for it at once, and serves it again from the cache', async () => {
    const pool = createPdfRenderPool({ maxRunning: 2, maxWaiting: 0, cacheEntries: 8 });
    const conversions = controlledConversions();
    const same = Array.from({ length: 10 }, () => pool.render('same', conversions.convert('same')));
    await tick();
    expect(conversions.waiting).toBe(1);
    conversions.finishOne();
    const pdfs = await Promise.all(same);
    expect(new Set(pdfs).size).toBe(1);
    const again = await pool.render('same', conversions.convert('again'));
    expect(again).toBe(pdfs[0]);
    expect(pool.stats()).toMatchObject({ started: 1, cached: 1 });
  });

  it('keeps only the most recently used results', async () => {
    const pool = createPdfRenderPool({ maxRunning: 1, maxWaiting: 5, cacheEntries: 2 });
    const make = (label: string) => async () => Buffer.from(label);
    await pool.render('a', make('a'));
    await pool.render('b', make('b'));
    await pool.render('a', make('a2'));
    await pool.render('c', make('c'));
    expect((await pool.render('a', make('a3'))).toString()).toBe('a');
    expect((await pool.render('b', make('b2'))).toString()).toBe('b2');
  });

  it('frees the slot when a conversion fails, and does not keep the failure', async () => {
    const pool = createPdfRenderPool({ maxRunning: 1, maxWaiting: 0, cacheEntries: 2 });
    await expect(
      pool.render('k', async () => {
        throw new Error('soffice crashed');
      }),
    ).rejects.toThrow('soffice crashed');
    expect((await pool.render('k', async () => Buffer.from('ok'))).toString()).toBe('ok');
    expect(pool.stats().running).toBe(0);
  });
});
