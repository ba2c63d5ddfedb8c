import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import {
  createDiskFileStore,
  hashReportContent,
  insertEdition,
  insertReport,
  updateEditionWorkflow,
  withTransaction,
} from '@khcn/db';
import type { FrozenRecords, ReportContent } from '@khcn/domain';
import { createTestDatabase, type TestDatabase } from '@khcn/db/testing';
import { seedDatabase } from '@khcn/db/seed';
import { createReleaseStore } from '../../src/release-store.ts';
import { requestPublication } from '../../src/publication-lifecycle.ts';
import type { PublisherDeps } from '../../src/run-publication.ts';
import type { SiteBuilder } from '../../src/site-builder.ts';
import { afterEach } from 'vitest';
import { createMinimalSiteBuilder } from './minimal-site-builder.ts';
import { freePort } from './tcp-proxy.ts';

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

/** A fixture maker for a test file: each fixture it makes is destroyed after its test. */
export function fixturePerTest(): (buildSite?: SiteBuilder) => Promise<PublisherFixture> {
  const made: PublisherFixture[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((f) => f.destroy()));
  });
  return async (buildSite) => {
    const fixture = await createPublisherFixture(buildSite);
    made.push(fixture);
    return fixture;
  };
}

/** Stores the report of `period` (id `r-<period>`) with a first draft edition (id `e-<period>`) of `content`. */
export async function insertDraftReport(
  db: PublisherDeps['db'],
  period: string,
  content: ReportContent,
): Promise<string> {
  await insertReport(db, { id: `r-${period}`, period, at: new Date(), createdBy: null });
  await insertEdition(db, {
    id: `e-${period}`,
    reportId: `r-${period}`,
    editionNo: 1,
    changeNote: null,
    content,
    at: new Date(),
    by: null,
  });
  return `e-${period}`;
}

/** Approves a draft edition as the leader does, freezing `records`, with the given number and issue date. */
export async function approveDraft(
  db: PublisherDeps['db'],
  edition: { id: string; content: ReportContent; records: FrozenRecords },
  issued: { sequence: number; year: number; on: string },
): Promise<void> {
  const hash = hashReportContent(edition.content, edition.records);
  await updateEditionWorkflow(db, {
    editionId: edition.id,
    expectedStatus: 'draft',
    at: new Date(),
    patch: {
      status: 'approved',
      submittedHash: hash,
      contentHash: hash,
      approvedBy: 'user-lanhdao',
      approvedAt: new Date(),
      number: { sequence: issued.sequence, symbol: 'BC-SKHCN', year: issued.year },
      issuedOn: issued.on,
      frozenRecords: edition.records,
    },
  });
}

/**
 * The fixture's database as another process (or a proxy) reaches it: PostgreSQL's own URL, or the embedded PGlite
 * served over the wire protocol on a free loopback port. `stop` ends the serving (nothing for PostgreSQL).
 */
export async function serveOverWire(
  fixture: PublisherFixture,
): Promise<{ url: string; stop(): Promise<void> }> {
  if (fixture.database.url) return { url: fixture.database.url, stop: async () => {} };
  const port = await freePort();
  const server = new PGLiteSocketServer({
    db: fixture.database.pglite!,
    port,
    host: '127.0.0.1',
    maxConnections: 16,
  });
  await server.start();
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
