import { fileURLToPath } from 'node:url';

/** The embedded database's folder when nothing else is configured: `<repo>/.data/pglite` (git-ignored). */
export function defaultPgliteDir(): string {
  return fileURLToPath(new URL('../../../.data/pglite', import.meta.url));
}

/** Where uploaded and generated files live: `<repo>/.data/files`, outside any web root. */
export function defaultFilesDir(): string {
  return fileURLToPath(new URL('../../../.data/files', import.meta.url));
}
