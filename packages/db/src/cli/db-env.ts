import { defaultPgliteDir } from '../data-dir.ts';

/** The database CLIs' configuration, read once from the environment. */
export const dbEnv = {
  databaseUrl: process.env.DATABASE_URL || undefined,
  pgliteDir: process.env.PGLITE_DIR || defaultPgliteDir(),
  /** `production` marks a real server: `pnpm db:seed` then needs `--demo`. */
  nodeEnv: process.env.NODE_ENV || 'development',
};
