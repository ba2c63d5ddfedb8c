import { readFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { describeReleaseTarget, type S3ReleaseTarget } from '@khcn/config';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import {
  cacheControlOf,
  contentTypeOf,
  forEachLimited,
  hashFile,
  isPage,
  isSearchIndexEntry,
  listSiteFiles,
  type ReleaseTarget,
  ReleaseTargetError,
  requireSafeReleaseId,
  switchOrder,
  totalsOf,
} from './release-target.ts';

/**
 * An S3-compatible bucket (behind a CDN, or served as a bucket website). What "current" means there, and what a
 * visitor sees during a switch, is ADR 0016's; in short:
 *
 *   <prefix><path>                      the live site, at the keys a visitor asks for (the edge needs no logic)
 *   <prefix>_khcn/releases/<id>.json    a release's manifest: every path with its SHA-256, MD5 and size
 *   <prefix>_khcn/blobs/<sha256>        content by hash: staged pages and changed files, and content that was live
 *                                       before a switch replaced it (so any kept release can be switched back to)
 *   <prefix>_khcn/current.json          the pointer: the live release's id, and the keys no release serves any
 *                                       more with the time they stopped being live (deleted after GRACE_HOURS)
 *
 * Upload sends only objects whose content is not in the bucket yet (compared by hash): new assets straight to
 * their keys (no live page names them), everything a visitor could already reach by its key (pages, the search
 * index's entry points, changed files) to `_khcn/blobs/`; then the manifest. Nothing a visitor sees changes, so a
 * connection dropped during the upload (retried by the SDK, then by the job) never leaves a half-switched site.
 * Switch: server-side copies only, no bytes from here: the live content of each key about to change is kept in
 * `_khcn/blobs/` first, then changed files, then the search index's entry points, then the pages, then the pointer.
 */
export function createS3Target(
  config: S3ReleaseTarget,
  options: { concurrency?: number; maxAttempts?: number; now?: () => Date } = {},
): ReleaseTarget {
  const concurrency = options.concurrency ?? 16;
  const now = options.now ?? (() => new Date());
  const agentOptions = { keepAlive: true, maxSockets: concurrency };
  const client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    maxAttempts: options.maxAttempts ?? 5,
    // Checksums only where the API requires them: many S3-compatible stores refuse the SDK's default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: new NodeHttpHandler({
      httpAgent: new Agent(agentOptions),
      httpsAgent: new HttpsAgent(agentOptions),
      connectionTimeout: 5000,
      requestTimeout: 60_000,
    }),
  });
  const bucket = config.bucket;
  const key = (path: string) => `${config.prefix}${path}`;
  const meta = `${config.prefix}_khcn/`;
  const pointerKey = `${meta}current.json`;
  const manifestKey = (id: string) => `${meta}releases/${requireSafeReleaseId(id)}.json`;
  const blobKey = (sha256: string) => `${meta}blobs/${sha256}`;
  const where = `${config.endpoint ? `${config.endpoint.replace(/\/$/, '')}/` : ''}${bucket}`;

  /** A Vietnamese reason for a failed request; never the keys. */
  function explain(error: unknown): ReleaseTargetError {
    const name = (error as { name?: string }).name ?? '';
    const code = (error as { code?: string }).code ?? '';
    let message: string;
    if (
      ['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AccessDenied', 'Forbidden', 'InvalidToken'].includes(
        name,
      )
    )
      message = `kho S3 ${where} từ chối khóa truy cập (sai khóa hoặc khóa không có quyền ghi bucket).`;
    else if (name === 'NoSuchBucket') message = `kho S3 ${where}: không có bucket ${bucket}.`;
    else if (
      ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code) ||
      ['TimeoutError', 'RequestTimeout'].includes(name) ||
      /socket hang up|ECONNRESET|ECONNREFUSED/.test(String((error as Error).message))
    )
      message = `mất kết nối tới kho S3 ${where}.`;
    else if (error instanceof S3ServiceException)
      message = `kho S3 ${where} trả lỗi ${name} (HTTP ${error.$metadata.httpStatusCode ?? '?'}).`;
    else message = `lỗi khi làm việc với kho S3 ${where}: ${(error as Error).message}`;
    // The SDK's error carries fields of the store's answer (AWSAccessKeyId, StringToSign for a refused signature):
    // only its name and status go on, so no log of the error ever shows them.
    const cause = {
      name,
      code,
      httpStatusCode: (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
    };
    return new ReleaseTargetError(config.name, `Đích ${config.name}: ${message}`, { cause });
  }

  async function guard<T>(request: Promise<T>): Promise<T> {
    try {
      return await request;
    } catch (error) {
      throw explain(error);
    }
  }

  async function getJson<T>(objectKey: string): Promise<T | null> {
    try {
      const result = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
      return JSON.parse(await result.Body!.transformToString('utf8')) as T;
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw explain(error);
    }
  }

  const putJson = (objectKey: string, value: unknown) =>
    guard(
      client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: objectKey,
          Body: JSON.stringify(value),
          ContentType: 'application/json; charset=utf-8',
          CacheControl: 'no-cache',
        }),
      ),
    );

  /** Every object under `under`, with its ETag (quotes removed) and when it was written. */
  async function list(under: string): Promise<Map<string, { etag: string; modified: number }>> {
    const found = new Map<string, { etag: string; modified: number }>();
    let token: string | undefined;
    do {
      const page = await guard(
        client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: under, ContinuationToken: token })),
      );
      for (const o of page.Contents ?? [])
        if (o.Key)
          found.set(o.Key, {
            etag: (o.ETag ?? '').replaceAll('"', ''),
            modified: o.LastModified?.getTime() ?? 0,
          });
      token = page.NextContinuationToken;
    } while (token);
    return found;
  }

  /** The site's keys (everything under the prefix but `_khcn/`), by path, with their ETag. */
  async function listServed(): Promise<Map<string, string>> {
    const served = new Map<string, string>();
    for (const [k, o] of await list(config.prefix)) {
      if (k.startsWith(meta)) continue;
      served.set(k.slice(config.prefix.length), o.etag);
    }
    return served;
  }

  async function listBlobs(): Promise<Set<string>> {
    return new Set([...(await list(`${meta}blobs/`)).keys()].map((k) => k.slice(`${meta}blobs/`.length)));
  }

  async function deleteKeys(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      await guard(
        client.send(
          new DeleteObjectsCommand({
            Bucket: bucket,
            Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
          }),
        ),
      );
    }
  }

  const copy = (from: string, to: string, path: string | null) =>
    guard(
      client.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: to,
          CopySource: `${bucket}/${from.split('/').map(encodeURIComponent).join('/')}`,
          ...(path
            ? {
                MetadataDirective: 'REPLACE' as const,
                ContentType: contentTypeOf(path),
                CacheControl: cacheControlOf(path),
              }
            : {}),
        }),
      ),
    );

  async function readManifest(id: string): Promise<Manifest | null> {
    return getJson<Manifest>(manifestKey(id));
  }

  async function readPointer(): Promise<Pointer | null> {
    return getJson<Pointer>(pointerKey);
  }

  return {
    name: config.name,
    kind: 's3',
    description: describeReleaseTarget(config),
    atomicSwitch: false,

    async upload({ releaseId, siteDir, onProgress, log }) {
      const files = await listSiteFiles(siteDir);
      const progress = totalsOf(files);
      onProgress({ ...progress });
      const hashed: ManifestEntry[] = new Array(files.length);
      await forEachLimited(
        files.map((f, i) => ({ f, i })),
        8,
        async ({ f, i }) => {
          const { md5, sha256 } = await hashFile(f.absolutePath);
          hashed[i] = [f.path, sha256, md5, f.size];
        },
      );
      const served = await listServed();
      const blobs = await listBlobs();
      const direct: Array<{ entry: ManifestEntry; absolutePath: string }> = [];
      const staged = new Map<string, { entry: ManifestEntry; absolutePath: string }>();
      files.forEach((f, i) => {
        const entry = hashed[i]!;
        const [path, sha256, md5] = entry;
        const current = served.get(path);
        if (current === md5) return;
        if (current === undefined && !isPage(path) && !isSearchIndexEntry(path))
          direct.push({ entry, absolutePath: f.absolutePath });
        else if (!blobs.has(sha256) && !staged.has(sha256))
          staged.set(sha256, { entry, absolutePath: f.absolutePath });
      });
      let sentFiles = 0;
      let sentBytes = 0;
      let lastReport = 0;
      const sent = (size: number) => {
        sentFiles += 1;
        sentBytes += size;
        if (Date.now() - lastReport > 500) {
          lastReport = Date.now();
          onProgress({ ...progress, files: sentFiles, bytes: sentBytes });
        }
      };
      await forEachLimited(direct, concurrency, async ({ entry: [path, , , size], absolutePath }) => {
        await guard(
          client.send(
            new PutObjectCommand({
              Bucket: bucket,
              Key: key(path),
              Body: await readFile(absolutePath),
              ContentType: contentTypeOf(path),
              CacheControl: cacheControlOf(path),
            }),
          ),
        );
        sent(size);
      });
      await forEachLimited(
        [...staged.values()],
        concurrency,
        async ({ entry: [, sha256, , size], absolutePath }) => {
          await guard(
            client.send(
              new PutObjectCommand({
                Bucket: bucket,
                Key: blobKey(sha256),
                Body: await readFile(absolutePath),
                ContentType: 'application/octet-stream',
              }),
            ),
          );
          sent(size);
        },
      );
      const manifest: Manifest = { id: releaseId, createdAt: now().toISOString(), files: hashed };
      await putJson(manifestKey(releaseId), manifest);
      onProgress({ ...progress, files: sentFiles, bytes: sentBytes });
      log(
        `${config.name}: đã gửi ${sentFiles} đối tượng (${sentBytes} byte) trên ${files.length} tệp: ${direct.length} tệp mới, ${staged.size} nội dung chờ chuyển; ${files.length - direct.length - staged.size} đã có sẵn.`,
      );
    },

    async activate(releaseId, log) {
      const pointer = await readPointer();
      const served = await listServed();
      if (releaseId === null) {
        await deleteKeys([...served.keys()].map(key));
        await deleteKeys([pointerKey]);
        log(`${config.name}: không còn bản nào đang công khai.`);
        return;
      }
      const manifest = await readManifest(releaseId);
      if (!manifest)
        throw new ReleaseTargetError(
          config.name,
          `Đích ${config.name}: kho S3 không còn giữ bản phát hành ${releaseId}.`,
        );
      const live = pointer?.id && pointer.id !== releaseId ? await readManifest(pointer.id) : null;
      const shaOfLive = new Map(
        (live?.files ?? []).map(([path, sha256, md5]) => [`${path}\n${md5}`, sha256]),
      );
      const blobs = await listBlobs();
      const changed = manifest.files.filter(([path, , md5]) => served.get(path) !== md5);
      const missing = changed.filter(([, sha256]) => !blobs.has(sha256));
      if (missing.length > 0)
        throw new ReleaseTargetError(
          config.name,
          `Đích ${config.name}: thiếu ${missing.length} nội dung của bản ${releaseId} trong kho (ví dụ ${missing[0]![0]}); chưa chuyển gì.`,
        );
      // Keep what is live now, so a switch back finds it.
      const keepFirst = changed
        .map(([path]) => ({ path, sha256: shaOfLive.get(`${path}\n${served.get(path)}`) }))
        .filter((x): x is { path: string; sha256: string } => x.sha256 !== undefined && !blobs.has(x.sha256));
      await forEachLimited(keepFirst, concurrency, async ({ path, sha256 }) => {
        if (blobs.has(sha256)) return;
        blobs.add(sha256);
        await copy(key(path), blobKey(sha256), null);
      });
      for (const order of [0, 1, 2]) {
        await forEachLimited(
          changed.filter(([path]) => switchOrder(path) === order),
          concurrency,
          async ([path, sha256]) => {
            await copy(blobKey(sha256), key(path), path);
          },
        );
      }
      const inRelease = new Set(manifest.files.map(([path]) => path));
      const orphans: Record<string, string> = {};
      const at = now().toISOString();
      for (const path of served.keys()) {
        if (!inRelease.has(path)) orphans[path] = pointer?.orphans?.[path] ?? at;
      }
      await putJson(pointerKey, { id: releaseId, switchedAt: at, orphans } satisfies Pointer);
      log(
        `${config.name}: ${changed.length} đối tượng đổi nội dung (chép trong kho, không gửi lại); ${Object.keys(orphans).length} đối tượng không còn dùng chờ xóa sau ${config.graceHours} giờ; con trỏ _khcn/current.json → ${releaseId}`,
      );
    },

    async currentReleaseId() {
      return (await readPointer())?.id ?? null;
    },

    async listReleaseIds() {
      const manifests = await list(`${meta}releases/`);
      return [...manifests.entries()]
        .sort((a, b) => b[1].modified - a[1].modified)
        .map(([k]) => k.slice(`${meta}releases/`.length).replace(/\.json$/, ''));
    },

    async prune(keep, log) {
      const pointer = await readPointer();
      const ids = await this.listReleaseIds();
      const kept = new Set(ids.slice(0, keep));
      if (pointer?.id) kept.add(pointer.id);
      const manifests = (await Promise.all([...kept].map((id) => readManifest(id)))).filter(
        (m): m is Manifest => m !== null,
      );
      const referenced = new Set(manifests.flatMap((m) => m.files.map(([, sha256]) => sha256)));
      const shaByMd5 = new Map(
        manifests.flatMap((m) => m.files.map(([, sha256, md5]) => [md5, sha256] as const)),
      );
      const blobs = await listBlobs();
      // Keys no release serves any more, past their grace period: kept as content if a kept release needs it.
      const due = Object.entries(pointer?.orphans ?? {}).filter(
        ([, since]) => now().getTime() - new Date(since).getTime() >= config.graceHours * 3_600_000,
      );
      if (pointer && due.length > 0) {
        const served = await listServed();
        await forEachLimited(due, concurrency, async ([path]) => {
          const sha256 = shaByMd5.get(served.get(path) ?? '');
          if (sha256 && referenced.has(sha256) && !blobs.has(sha256)) {
            blobs.add(sha256);
            await copy(key(path), blobKey(sha256), null);
          }
        });
        await deleteKeys(due.map(([path]) => key(path)));
        const orphans = { ...pointer.orphans };
        for (const [path] of due) delete orphans[path];
        await putJson(pointerKey, { ...pointer, orphans });
      }
      const oldReleases = ids.filter((id) => !kept.has(id));
      await deleteKeys(oldReleases.map(manifestKey));
      const unusedBlobs = [...blobs].filter((sha256) => !referenced.has(sha256));
      await deleteKeys(unusedBlobs.map(blobKey));
      if (due.length + oldReleases.length + unusedBlobs.length > 0)
        log(
          `${config.name}: đã xóa ${due.length} đối tượng hết hạn giữ, ${oldReleases.length} bản cũ, ${unusedBlobs.length} nội dung không bản nào dùng.`,
        );
    },

    close: async () => {
      client.destroy();
    },
  };
}

/** [path, sha256, md5, size] */
type ManifestEntry = [string, string, string, number];
type Manifest = { id: string; createdAt: string; files: ManifestEntry[] };
type Pointer = { id: string; switchedAt: string; orphans: Record<string, string> };
