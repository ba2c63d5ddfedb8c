import { defaultPgliteDir } from '../data-dir.ts';

/** The database CLIs' configuration, read once from the environment. */
export const dbEnv = {
  databaseUrl: process.env.DATABASE_URL || undefined,
  pgliteDir: process.env.PGLITE_DIR || defaultPgliteDir(),
};
