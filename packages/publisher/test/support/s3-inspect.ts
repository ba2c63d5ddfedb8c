import type { S3ReleaseTarget } from '@khcn/config';
import type { S3TestServer } from '../../src/testing/index.ts';

export { inspectBucket } from '../../src/testing/index.ts';

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
