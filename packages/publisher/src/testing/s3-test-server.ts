import type { S3ReleaseTarget } from '@khcn/config';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

export type S3TestServer = {
  /** The server's process (a benchmark leaves it out of the platform's memory). */
  pid: number;
  endpoint: string;
  port: number;
  bucket: string;
  /** s3rver's one account; any other key is refused (InvalidAccessKeyId / SignatureDoesNotMatch). */
  accessKeyId: string;
  secretAccessKey: string;
  directory: string;
  stop(): Promise<void>;
};

const script = fileURLToPath(new URL('./s3-server-process.ts', import.meta.url));

/**
 * An S3-compatible server for tests and `pnpm bench:publish`: s3rver (@20minutes/s3rver, the maintained fork) in a
 * child process on a loopback port, objects in a temporary folder, driven through @aws-sdk/client-s3 like a real
 * store. Chosen over the other servers the npm registry serves (ADR 0016): it checks SigV4 signatures, returns MD5
 * ETags, pages ListObjectsV2, keeps Content-Type and Cache-Control, and answers If-None-Match; fauxqs accepts any
 * credentials. Not covered by it: If-Match on GET, conditional PUT, versioning (the target uses none of them).
 */
export async function startS3TestServer(
  options: { bucket?: string; port?: number } = {},
): Promise<S3TestServer> {
  const bucket = options.bucket ?? 'congkhai';
  const directory = mkdtempSync(join(tmpdir(), 'khcn-s3-'));
  const child: ChildProcess = spawn(process.execPath, ['--openssl-legacy-provider', script], {
    env: {
      ...process.env,
      S3_PORT: String(options.port ?? 0),
      S3_DIR: directory,
      S3_BUCKETS: bucket,
      NODE_OPTIONS: '',
    },
    // Its standard input stays open while this process lives: it stops when this process ends, however it ends.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`S3 test server did not start: ${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`S3 test server exited (${code}): ${output}`));
    });
  });
  return {
    pid: child.pid!,
    endpoint: `http://127.0.0.1:${port}`,
    port,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    directory,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** What a visitor (or the CDN) gets from the bucket: read straight from the server, not through the target. */
export function inspectBucket(server: S3TestServer, prefix = '') {
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

/** A release target's configuration on the test server, isolated under its own prefix (named `cdn`). */
export function s3TargetConfig(
  server: S3TestServer,
  prefix = '',
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
