import type { Config } from '@khcn/config';
import { createDiskFileStore, type Database } from '@khcn/db';
import { createReleaseStore } from './release-store.ts';
import type { PublisherDeps, PublisherLogger } from './run-publication.ts';
import { createSiteBuilder } from './site-builder.ts';
import { createReleaseTargets } from './targets/create-release-targets.ts';

/**
 * The publisher as the configuration says: releases in SITE_ROOT and on the release targets (SITE_TARGETS), stored files in FILES_DIR, build caches in
 * CACHE_DIR (never the code folder), KEEP_RELEASES, DOCUMENTS_PDF, SITE_URL. The API's in-process worker, the
 * standalone worker and the CLIs all build it here, so none of them reads a setting its own way.
 */
export function createConfiguredPublisher(
  config: Pick<
    Config,
    | 'siteRoot'
    | 'filesDir'
    | 'cacheDir'
    | 'keepReleases'
    | 'documentsPdf'
    | 'siteUrl'
    | 'releaseTargets'
    | 'siteBuildScript'
  >,
  deps: { db: Database; logger: PublisherLogger; now?: () => Date },
): PublisherDeps {
  const now = deps.now ?? (() => new Date());
  const store = createReleaseStore(config.siteRoot);
  return {
    db: deps.db,
    store,
    targets: createReleaseTargets(config.releaseTargets, store),
    files: createDiskFileStore(deps.db, config.filesDir, now),
    buildSite: createSiteBuilder({ script: config.siteBuildScript, cacheDir: config.cacheDir }),
    now,
    logger: deps.logger,
    keepReleases: config.keepReleases,
    documents: { enabled: true, pdf: config.documentsPdf, limit: 3 },
    siteUrl: config.siteUrl,
  };
}
