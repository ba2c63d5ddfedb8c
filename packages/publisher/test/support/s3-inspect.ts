import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { S3ReleaseTarget } from '@khcn/config';
import type { S3TestServer } from '../../src/testing/index.ts';

/** A release target's configuration on the test server, isolated under its own prefix. */
export function s3TargetConfig(
  server: S3TestServer,
  prefix: string,
  overrides: Partial<S3ReleaseTarget> = {},
): S3ReleaseTarget {
  return {
    name: 'cdn',
    kind: 's3',
    endpoint: server.endpoint,
    region: 'us-east-1',
    bucket: server.bucket,
    prefix,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    forcePathStyle: true,
    graceHours: 24,
    ...overrides,
  };
}

/** What a visitor (or the CDN) gets from the bucket: read straight from the server, not through the target. */
export function inspectBucket(server: S3TestServer, prefix: string) {
  const client = new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = server.bucket;
  return {
    async text(path: string): Promise<string | null> {
      try {
        const r = await client.send(new GetObjectCommand({ Bucket, Key: `${prefix}${path}` }));
        return await r.Body!.transformToString('utf8');
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async head(path: string) {
      const r = await client.send(new HeadObjectCommand({ Bucket, Key: `${prefix}${path}` }));
      return { contentType: r.ContentType, cacheControl: r.CacheControl, etag: r.ETag };
    },
    async keys(): Promise<string[]> {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token, MaxKeys: 100 }),
        );
        keys.push(...(page.Contents ?? []).map((o) => o.Key!.slice(prefix.length)));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    close: () => client.destroy(),
  };
}
