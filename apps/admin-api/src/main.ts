import { serve } from '@hono/node-server';
import { loadServiceConfigOrExit } from '@khcn/config';
import { deleteExpiredSessions, openConfiguredDb, requireCurrentSchema, SchemaMismatchError } from '@khcn/db';
import {
  createPublishQueue,
  createConfiguredPublisher,
  createReleaseStore,
  createReleaseTargets,
  resumeInterruptedPublications,
  startPublishWorker,
} from '@khcn/publisher';
import pino from 'pino';
import { createApp } from './app.ts';
import { createFileStore } from './file-store.ts';

/** Wires the admin API: configuration, logger, database, publish queue and worker, HTTP server, shutdown. */
const env = loadServiceConfigOrExit();
// Logs are buffered (4 KiB, flushed every second and at exit): one write per line costs more than a request.
const logDestination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
const logger = pino({ level: env.logLevel, base: { service: 'admin-api' } }, logDestination);
const logFlush = setInterval(() => logger.flush(), 1000);
logFlush.unref();
process.on('exit', () => {
  try {
    logDestination.flushSync();
  } catch {
    // a write was in flight; nothing more to do while exiting
  }
});
const now = () => new Date();

const handle = await openConfiguredDb(env);
// Migrations are an explicit step (`khcn db:migrate`): the API never changes the schema, and refuses a database
// that is not migrated yet or that a newer release migrated (one sentence on stderr, exit 3: no restart loop
// hides it, see RestartPreventExitStatus in the unit).
try {
  await requireCurrentSchema(handle.db);
} catch (error) {
  if (error instanceof SchemaMismatchError) {
    logger.fatal({ state: error.state }, error.message);
    logDestination.flushSync();
    console.error(error.message);
    await handle.close();
    process.exit(3);
  }
  throw error;
}
logger.info({ database: handle.kind }, 'database schema is current');

const publishQueue = createPublishQueue(
  handle.kind === 'pg' ? { kind: 'pg', url: env.databaseUrl } : { kind: 'pglite', pglite: handle.pglite },
  { onError: (err) => logger.error({ err }, 'publish queue error') },
);
await publishQueue.start();
// The public site's releases: the worker writes them; the admin app's rollback switches between them.
const siteReleases = createReleaseStore(env.siteRoot);
const siteTargets = createReleaseTargets(env.releaseTargets, siteReleases);
if (env.publishWorker) {
  const publisherDeps = createConfiguredPublisher(env, {
    db: handle.db,
    logger: logger.child({ component: 'publisher' }),
    now,
  });
  await startPublishWorker(publisherDeps, publishQueue);
  const resumed = await resumeInterruptedPublications(handle.db, publishQueue);
  if (resumed.length > 0) logger.warn({ publications: resumed }, 'resumed interrupted publications');
}

const app = createApp({
  db: handle.db,
  logger,
  publishQueue,
  files: createFileStore(handle.db, env.filesDir, now),
  now,
  allowedOrigins: env.allowedOrigins,
  trustProxy: env.trustProxy,
  adminWebDist: env.adminWebDist,
  siteReleases,
  siteTargets,
});

const server = serve({ fetch: app.fetch, hostname: env.host, port: env.port }, (info) => {
  logger.info({ host: info.address, port: info.port }, 'admin API listening');
});

const sessionSweep = setInterval(
  () => {
    deleteExpiredSessions(handle.db, now()).catch((err) => logger.warn({ err }, 'session sweep failed'));
  },
  60 * 60 * 1000,
);
sessionSweep.unref();

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  clearInterval(sessionSweep);
  clearInterval(logFlush);
  const forced = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, 15_000);
  forced.unref();
  try {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await publishQueue.stop();
    for (const target of siteTargets) await target.close();
    await handle.close();
    logger.info('stopped');
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
