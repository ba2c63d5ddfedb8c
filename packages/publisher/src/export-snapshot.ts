import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  listIndicators,
  type Database,
  type DiskFileStore,
  findFile,
  getSiteConfig,
  listApprovedEditions,
  listEditionDocuments,
  type StoredEdition,
} from '@khcn/db';
import { buildPublicSnapshot, type PublicSnapshot, todayInVietnam } from '@khcn/domain';
import { documentFileName } from '@khcn/report-document';

/**
 * Exports the public snapshot: approved (and published) editions only, with the records frozen into them, and
 * copies their official documents into `<siteFilesDir>` so the site can link them.
 */
export async function exportSnapshot(
  db: Database,
  args: {
    publicationId: string;
    now: Date;
    files: DiskFileStore | null;
    siteFilesDir: string | null;
    siteUrl?: string | undefined;
    /** The approved editions, when the caller has loaded them already. */
    editions?: StoredEdition[];
  },
): Promise<PublicSnapshot> {
  const [site, editions] = await Promise.all([getSiteConfig(db), args.editions ?? listApprovedEditions(db)]);
  const documents = await listEditionDocuments(
    db,
    editions.map((e) => e.edition.id),
  );
  if (args.siteFilesDir && documents.length > 0) await mkdir(args.siteFilesDir, { recursive: true });
  const docsByEdition = new Map<string, PublicSnapshot['reports'][number]['editions'][number]['documents']>();
  for (const doc of documents) {
    const stored = editions.find((e) => e.edition.id === doc.edition_id)!.edition;
    // Named after the report (bao-cao-thang-12-2024-so-01.docx): what a visitor's download is called. An approved
    // edition's number is unique and its documents are made once, so the name never changes content.
    const name = documentFileName(stored, doc.format, { draft: false });
    if (args.files && args.siteFilesDir)
      await copyFile(args.files.pathOf(doc.storage_key), join(args.siteFilesDir, name));
    const entry = docsByEdition.get(doc.edition_id) ?? {};
    entry[doc.format] = { path: `files/${name}`, bytes: Number(doc.bytes), sha256: doc.sha256 };
    docsByEdition.set(doc.edition_id, entry);
  }
  // Publication PDFs (bulletins) uploaded by staff, linked from the records the editions froze.
  const publicationPdfs: NonNullable<
    Parameters<typeof buildPublicSnapshot>[0]['editions'][number]['publicationPdfs']
  > = {};
  for (const { frozenRecords } of editions) {
    for (const publication of frozenRecords?.publications ?? []) {
      if (!publication.pdfFileId || publicationPdfs[publication.id]) continue;
      const file = await findFile(db, publication.pdfFileId);
      // Only a file uploaded as this kind of attachment: a record pointing at anything else stored (an official
      // document, another kind of file) publishes nothing.
      if (file?.purpose !== 'publication_pdf' || file.mediaType !== 'application/pdf') continue;
      const name = `an-pham-${file.sha256.slice(0, 16)}.pdf`;
      if (args.files && args.siteFilesDir) {
        await mkdir(args.siteFilesDir, { recursive: true });
        await copyFile(args.files.pathOf(file.storageKey), join(args.siteFilesDir, name));
      }
      publicationPdfs[publication.id] = { path: `files/${name}`, bytes: file.bytes, sha256: file.sha256 };
    }
  }
  return buildPublicSnapshot({
    publicationId: args.publicationId,
    generatedAt: args.now.toISOString(),
    asOfDate: todayInVietnam(args.now),
    site: args.siteUrl ? { ...site, siteUrl: args.siteUrl } : site,
    indicators: (await listIndicators(db)).map(({ version: _version, ...indicator }) => indicator),
    editions: editions.map(({ edition, frozenRecords }) => ({
      period: edition.period,
      editionNo: edition.editionNo,
      number: edition.number!,
      issuedOn: edition.issuedOn!,
      approvedAt: edition.approvedAt!,
      changeNote: edition.changeNote,
      contentHash: edition.contentHash!,
      content: edition.content,
      records: frozenRecords!,
      documents: docsByEdition.get(edition.id) ?? {},
      publicationPdfs,
    })),
  });
}
