// The publish worker as its own process (systemd unit khcn-publish-worker.service). Needs DATABASE_URL:
// the embedded database belongs to the API process, which runs the worker in-process instead.
import { createPublishQueue } from '../publish-queue.ts';
import { resumeInterruptedPublications, startPublishWorker } from '../publish-worker.ts';
import { loadServiceConfigOrExit } from '@khcn/config';
import { requireCurrentSchema, SchemaMismatchError } from '@khcn/db';
import { openPublisher } from './publisher-env.ts';

const config = loadServiceConfigOrExit();
if (!config.databaseUrl) {
  console.error(
    'publish-worker: DATABASE_URL is required (with the embedded database the API runs the worker itself).',
  );
  process.exit(2);
}
const deps = await openPublisher(config);
try {
  await requireCurrentSchema(deps.db);
} catch (error) {
  if (!(error instanceof SchemaMismatchError)) throw error;
  console.error(error.message);
  await deps.close();
  process.exit(3);
}
const queue = createPublishQueue(
  { kind: 'pg', url: config.databaseUrl },
  { onError: (e) => deps.logger.error({ err: e }, 'queue error') },
);
await queue.start();
const resumed = await resumeInterruptedPublications(deps.db, queue);
await startPublishWorker(deps, queue);
deps.logger.info({ resumed }, 'publish worker ready');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await queue.stop();
  await deps.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
