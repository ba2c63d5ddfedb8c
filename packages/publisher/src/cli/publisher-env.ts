import { parseArgs } from 'node:util';
import { createDb, createDiskFileStore, defaultFilesDir, defaultPgliteDir } from '@khcn/db';
import { defaultSiteRoot, DEFAULT_KEEP_RELEASES } from '../publisher-config.ts';
import { createReleaseStore } from '../release-store.ts';
import { createSiteBuilder } from '../site-builder.ts';
import type { PublisherDeps } from '../run-publication.ts';

/** The maintainers' CLIs read their configuration here, once. */
export const publisherEnv = {
  databaseUrl: process.env.DATABASE_URL || undefined,
  pgliteDir: process.env.PGLITE_DIR || defaultPgliteDir(),
  siteRoot: process.env.SITE_ROOT || defaultSiteRoot(),
  filesDir: process.env.FILES_DIR || defaultFilesDir(),
  keepReleases: Number(process.env.KEEP_RELEASES || DEFAULT_KEEP_RELEASES),
  siteUrl: process.env.SITE_URL || undefined,
  withPdf: process.env.DOCUMENTS_PDF !== '0',
};

export function cliArgs() {
  return parseArgs({
    allowPositionals: true,
    strict: false,
    args: process.argv.slice(2).filter((a) => a !== '--'),
  });
}

export async function openPublisher(): Promise<PublisherDeps & { close(): Promise<void> }> {
  const handle = await createDb({
    url: publisherEnv.databaseUrl,
    dataDir: publisherEnv.pgliteDir,
    poolSize: 2,
  });
  const logger = {
    info: (obj: object, msg?: string) => console.log(msg ?? '', JSON.stringify(obj)),
    error: (obj: object, msg?: string) => console.error(msg ?? '', obj),
  };
  return {
    db: handle.db,
    store: createReleaseStore(publisherEnv.siteRoot),
    files: createDiskFileStore(handle.db, publisherEnv.filesDir),
    buildSite: createSiteBuilder(),
    now: () => new Date(),
    logger,
    keepReleases: publisherEnv.keepReleases,
    documents: { enabled: true, pdf: publisherEnv.withPdf, limit: 3 },
    siteUrl: publisherEnv.siteUrl,
    close: () => handle.close(),
  };
}
