import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskFileStore, withTransaction } from '@khcn/db';
import { createTestDatabase, type TestDatabase } from '@khcn/db/testing';
import { seedDatabase } from '@khcn/db/seed';
import { createReleaseStore } from '../../src/release-store.ts';
import { requestPublication } from '../../src/publication-lifecycle.ts';
import type { PublisherDeps } from '../../src/run-publication.ts';
import type { SiteBuilder } from '../../src/site-builder.ts';
import { createMinimalSiteBuilder } from './minimal-site-builder.ts';

export type PublisherFixture = {
  database: TestDatabase;
  deps: PublisherDeps;
  root: string;
  destroy(): Promise<void>;
};

/** A seeded test database, a temporary release root and publisher dependencies around them. */
export async function createPublisherFixture(
  buildSite: SiteBuilder = createMinimalSiteBuilder(),
): Promise<PublisherFixture> {
  const database = await createTestDatabase();
  await seedDatabase(database.db, { now: new Date('2024-12-05T03:00:00Z'), withDemoUsers: true });
  const root = mkdtempSync(join(tmpdir(), 'khcn-publisher-'));
  const deps: PublisherDeps = {
    db: database.db,
    store: createReleaseStore(join(root, 'site')),
    files: createDiskFileStore(database.db, join(root, 'files')),
    buildSite,
    now: () => new Date(),
    logger: { info: () => {}, error: () => {} },
    keepReleases: 3,
    documents: { enabled: false, pdf: false, limit: 1 },
  };
  return { database, deps, root, destroy: () => database.destroy() };
}

let counter = 0;
/** Queues a publication row the way an approval does (without the job: tests run the pipeline directly). */
export async function queuePublication(
  deps: PublisherDeps,
  trigger: 'approval' | 'manual' = 'manual',
): Promise<string> {
  counter += 1;
  const id = `pub-test-${process.pid}-${counter}-${Date.now()}`;
  await withTransaction(deps.db, (trx) =>
    requestPublication(trx, null, { id, trigger, editionId: null, requestedBy: null, at: new Date() }),
  );
  return id;
}
