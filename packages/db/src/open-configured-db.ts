import type { Config } from '@khcn/config';
import { createDb, type DbHandle } from './create-db.ts';

/** The database a process is configured for: PostgreSQL (DATABASE_URL) or the embedded one in PGLITE_DIR. */
export function openConfiguredDb(
  config: Pick<Config, 'databaseUrl' | 'pgliteDir'>,
  options: { poolSize?: number; onIdleError?: (error: Error) => void } = {},
): Promise<DbHandle> {
  return createDb({ url: config.databaseUrl, dataDir: config.pgliteDir, ...options });
}
