import { createDiskFileStore, type Database } from '@khcn/db';
import type { FileStore } from '@khcn/admin-router';

const STORAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}\.bin$/;

/**
 * Uploaded and generated files on disk under `dir` (FILES_DIR, default `<repo>/.data/files`, outside any web
 * root), named by SHA-256 and recorded in `files` (the disk store of @khcn/db). `put` writes its row with the
 * database handle, not in the caller's transaction: call it before opening one (PGlite has one connection).
 * `read` accepts only keys the store issues, so no path ever leaves `dir`.
 */
export function createFileStore(db: Database, dir: string, now: () => Date): FileStore {
  const disk = createDiskFileStore(db, dir, now);
  return {
    put: (args) => disk.put(args),
    read(storageKey) {
      if (!STORAGE_KEY.test(storageKey)) {
        return Promise.reject(new Error(`Not a storage key: ${JSON.stringify(storageKey)}`));
      }
      return disk.read(storageKey);
    },
  };
}
