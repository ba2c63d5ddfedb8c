import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './create-db.ts';
import { insertFile, type StoredFile } from './file.queries.ts';

export type PutFileArgs = {
  bytes: Uint8Array;
  purpose: StoredFile['purpose'];
  mediaType: string;
  originalName: string;
  createdBy: string | null;
};

export type DiskFileStore = {
  dir: string;
  put(args: PutFileArgs): Promise<StoredFile>;
  read(storageKey: string): Promise<Uint8Array>;
  pathOf(storageKey: string): string;
};

/**
 * Files on disk, outside any web root, named by their SHA-256 (`ab/abcdef….bin`), recorded in `files`.
 * Writes go to a temporary name first and are renamed into place, so a crash never leaves a partial file.
 */
export function createDiskFileStore(
  db: Database,
  dir: string,
  now: () => Date = () => new Date(),
): DiskFileStore {
  const pathOf = (storageKey: string) => join(dir, storageKey);
  return {
    dir,
    pathOf,
    async put(args) {
      const sha256 = createHash('sha256').update(args.bytes).digest('hex');
      const storageKey = `${sha256.slice(0, 2)}/${sha256}.bin`;
      await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
      const temp = pathOf(`${storageKey}.${randomUUID()}.tmp`);
      await writeFile(temp, args.bytes);
      await rename(temp, pathOf(storageKey));
      const file: StoredFile = {
        id: randomUUID(),
        purpose: args.purpose,
        mediaType: args.mediaType,
        originalName: args.originalName,
        bytes: args.bytes.byteLength,
        sha256,
        storageKey,
        createdAt: now(),
        createdBy: args.createdBy,
      };
      await insertFile(db, file);
      return file;
    },
    async read(storageKey) {
      return new Uint8Array(await readFile(pathOf(storageKey)));
    },
  };
}
