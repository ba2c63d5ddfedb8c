import { parseConfig } from '@khcn/config';
import type { Database } from '@khcn/db';
import { describe, expect, it } from 'vitest';
import { createConfiguredPublisher } from './configured-publisher.ts';

const logger = { info: () => {}, error: () => {} };
/** The publisher is only assembled here, never run: no query reaches the database. */
const db = {} as Database;

describe('the publisher every process builds from the configuration', () => {
  it('honours DOCUMENTS_PDF=false (the standalone worker used to test `!== "0"` and made PDFs anyway)', () => {
    for (const off of ['false', '0', 'no']) {
      const deps = createConfiguredPublisher(parseConfig({ DOCUMENTS_PDF: off }), { db, logger });
      expect(deps.documents.pdf, off).toBe(false);
    }
    expect(createConfiguredPublisher(parseConfig({}), { db, logger }).documents.pdf).toBe(true);
  });

  it('takes KEEP_RELEASES, SITE_ROOT and SITE_URL as checked by the schema', () => {
    const deps = createConfiguredPublisher(
      parseConfig({
        KEEP_RELEASES: '7',
        SITE_ROOT: '/srv/khcn/site',
        SITE_URL: 'https://congkhai.example.vn',
      }),
      { db, logger },
    );
    expect(deps.keepReleases).toBe(7);
    expect(deps.store.currentLink).toBe('/srv/khcn/site/current');
    expect(deps.siteUrl).toBe('https://congkhai.example.vn');
    expect(() => parseConfig({ KEEP_RELEASES: 'mười' })).toThrow('KEEP_RELEASES');
  });
});
