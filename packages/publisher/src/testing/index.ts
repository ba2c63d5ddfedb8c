// `@khcn/publisher/testing`: real servers for the release targets' tests and `pnpm bench:publish` (never used by
// the platform itself).
export { type SshTestServer, startSshTestServer } from './ssh-test-server.ts';
export { inspectBucket, type S3TestServer, s3TargetConfig, startS3TestServer } from './s3-test-server.ts';
