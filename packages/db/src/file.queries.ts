import type { DbExecutor } from './create-db.ts';
import type { FilesTable } from './schema.ts';

export type StoredFile = {
  id: string;
  purpose: FilesTable['purpose'];
  mediaType: string;
  originalName: string;
  bytes: number;
  sha256: string;
  storageKey: string;
  createdAt: Date;
  createdBy: string | null;
};

export async function insertFile(db: DbExecutor, f: StoredFile): Promise<void> {
  await db
    .insertInto('files')
    .values({
      id: f.id,
      purpose: f.purpose,
      media_type: f.mediaType,
      original_name: f.originalName,
      bytes: f.bytes,
      sha256: f.sha256,
      storage_key: f.storageKey,
      created_at: f.createdAt,
      created_by: f.createdBy,
    })
    .execute();
}

export async function findFile(db: DbExecutor, id: string): Promise<StoredFile | undefined> {
  const r = await db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  return r
    ? {
        id: r.id,
        purpose: r.purpose,
        mediaType: r.media_type,
        originalName: r.original_name,
        bytes: Number(r.bytes),
        sha256: r.sha256,
        storageKey: r.storage_key,
        createdAt: new Date(r.created_at),
        createdBy: r.created_by,
      }
    : undefined;
}

export async function attachEditionDocument(
  db: DbExecutor,
  args: { editionId: string; format: 'docx' | 'pdf'; fileId: string },
) {
  await db
    .insertInto('edition_documents')
    .values({ edition_id: args.editionId, format: args.format, file_id: args.fileId })
    .onConflict((oc) => oc.columns(['edition_id', 'format']).doUpdateSet({ file_id: args.fileId }))
    .execute();
}

export async function listEditionDocuments(db: DbExecutor, editionIds: string[]) {
  if (editionIds.length === 0) return [];
  return db
    .selectFrom('edition_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['d.edition_id', 'd.format', 'f.id as file_id', 'f.sha256', 'f.bytes', 'f.storage_key'])
    .where('d.edition_id', 'in', editionIds)
    .execute();
}
