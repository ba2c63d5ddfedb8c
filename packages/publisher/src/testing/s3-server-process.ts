// An S3-compatible server for tests and benchmarks, in a process of its own (s3-test-server.ts starts it with
// `node --openssl-legacy-provider`: s3rver's ListObjectsV2 continuation tokens use DES, which OpenSSL 3 keeps in
// its legacy provider). Prints `listening <port>` when ready. Environment: S3_PORT, S3_DIR, S3_BUCKETS.
import { copyFile } from 'node:fs/promises';
import S3rver from '@20minutes/s3rver';

const server = new S3rver({
  port: Number(process.env.S3_PORT ?? 0),
  address: '127.0.0.1',
  silent: true,
  directory: process.env.S3_DIR!,
  configureBuckets: (process.env.S3_BUCKETS ?? '')
    .split(',')
    .filter(Boolean)
    .map((name) => ({ name })),
});

/**
 * S3 signs the request path as sent. AWS SDK v3 sends a bucket-level request (ListObjectsV2, DeleteObjects) in
 * path style as `/<bucket>/`; s3rver rebuilds the path it checks the signature against as `/<bucket>`, without the
 * slash, and answers SignatureDoesNotMatch to correct credentials. This puts the slash back for those requests, as
 * S3 does; the signature is still checked, so wrong credentials are still refused.
 */
const middleware = (
  server as unknown as { middleware: Array<(ctx: never, next: () => Promise<void>) => unknown> }
).middleware;
const vhostIndex = middleware.findIndex((m) => (m as { name?: string }).name === 'vhost');
middleware.splice(
  vhostIndex + 1,
  0,
  (ctx: { path: string; state: { vhost?: boolean }; mountPath?: string }, next) => {
    if (!ctx.state.vhost && /^\/[^/]+\/$/.test(ctx.path)) {
      ctx.state.vhost = true;
      ctx.mountPath = '/';
    }
    return next();
  },
);

/**
 * S3 gives a copied object the ETag of its content. s3rver, copying with MetadataDirective REPLACE over an existing
 * object, keeps the old object's ETag (it copies the body and the new metadata, not the stored MD5): the copy's
 * ETag is stale. This copies the MD5 as well, as S3 reports it.
 */
type Store = {
  copyObject(...args: [string, string, string, string, unknown]): Promise<unknown>;
  getResourcePath(bucket: string, key: string, resource: string): string;
  getMetadata(bucket: string, key: string): Promise<unknown>;
};
const store = (server as unknown as { store: Store }).store;
const copyObject = store.copyObject.bind(store);
store.copyObject = async (srcBucket, srcKey, destBucket, destKey, replacementMetadata) => {
  const result = await copyObject(srcBucket, srcKey, destBucket, destKey, replacementMetadata);
  if (replacementMetadata && (srcBucket !== destBucket || srcKey !== destKey)) {
    await copyFile(
      store.getResourcePath(srcBucket, srcKey, 'object.md5'),
      store.getResourcePath(destBucket, destKey, 'object.md5'),
    );
    return store.getMetadata(destBucket, destKey);
  }
  return result;
};

const { port } = await server.run();
console.log(`listening ${port}`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The test or benchmark that started it holds its standard input: when that process ends, so does this one.
process.stdin.on('end', stop);
process.stdin.resume();
