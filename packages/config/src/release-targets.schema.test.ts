import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.schema.ts';
import { describeReleaseTarget } from './release-targets.schema.ts';

const ssh = {
  SITE_TARGET_DMZ_KIND: 'ssh',
  SITE_TARGET_DMZ_HOST: 'web1.skhcn.example.vn',
  SITE_TARGET_DMZ_USER: 'khcnsite',
  SITE_TARGET_DMZ_PATH: '/srv/khcn-site/',
  SITE_TARGET_DMZ_KEY: '/etc/khcn/ssh/id_ed25519',
  SITE_TARGET_DMZ_KNOWN_HOSTS: '/etc/khcn/ssh/known_hosts',
};
const s3 = {
  SITE_TARGET_CDN_KIND: 's3',
  SITE_TARGET_CDN_ENDPOINT: 'https://s3.example.vn',
  SITE_TARGET_CDN_BUCKET: 'congkhai',
  SITE_TARGET_CDN_PREFIX: '/site',
  SITE_TARGET_CDN_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  SITE_TARGET_CDN_SECRET_ACCESS_KEY: 'bi-mat-khong-in-ra',
};

function problemsOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  return '';
}

describe('release targets from the configuration', () => {
  it('default to the local folder SITE_ROOT, as before', () => {
    expect(parseConfig({ SITE_ROOT: '/srv/khcn/site' }).releaseTargets).toEqual([
      { name: 'local', kind: 'local', root: '/srv/khcn/site' },
    ]);
  });

  it('read several targets, in the order SITE_TARGETS names them', () => {
    const config = parseConfig({
      SITE_ROOT: '/srv/khcn/site',
      SITE_TARGETS: 'local, dmz,cdn',
      ...ssh,
      ...s3,
    });
    expect(config.releaseTargets).toEqual([
      { name: 'local', kind: 'local', root: '/srv/khcn/site' },
      {
        name: 'dmz',
        kind: 'ssh',
        host: 'web1.skhcn.example.vn',
        port: 22,
        user: 'khcnsite',
        path: '/srv/khcn-site',
        identityFile: '/etc/khcn/ssh/id_ed25519',
        knownHostsFile: '/etc/khcn/ssh/known_hosts',
      },
      {
        name: 'cdn',
        kind: 's3',
        endpoint: 'https://s3.example.vn',
        region: 'us-east-1',
        bucket: 'congkhai',
        prefix: 'site/',
        accessKeyId: 'AKIDEXAMPLE',
        secretAccessKey: 'bi-mat-khong-in-ra',
        forcePathStyle: true,
        graceHours: 24,
      },
    ]);
  });

  it('name every missing or bad variable of a target', () => {
    const problems = problemsOf({
      SITE_TARGETS: 'dmz,cdn,web',
      SITE_TARGET_DMZ_KIND: 'ssh',
      SITE_TARGET_DMZ_PORT: 'hai hai',
      SITE_TARGET_DMZ_PATH: 'srv/relative',
      SITE_TARGET_CDN_KIND: 's3',
      SITE_TARGET_CDN_BUCKET: 'Không_Hợp_Lệ',
    });
    for (const expected of [
      'SITE_TARGET_DMZ_HOST: chưa đặt',
      'SITE_TARGET_DMZ_PORT: phải là một số nguyên',
      'SITE_TARGET_DMZ_PATH: phải là đường dẫn tuyệt đối',
      'SITE_TARGET_DMZ_KEY: chưa đặt',
      'SITE_TARGET_CDN_BUCKET: tên bucket không hợp lệ',
      'SITE_TARGET_CDN_ACCESS_KEY_ID: chưa đặt',
      'SITE_TARGET_WEB_KIND: phải là local, ssh hoặc s3',
    ])
      expect(problems).toContain(expected);
  });

  it('refuse a name used twice or one that cannot be a variable name', () => {
    expect(problemsOf({ SITE_TARGETS: 'local,local' })).toContain('một tên xuất hiện hai lần');
    expect(problemsOf({ SITE_TARGETS: 'máy-1' })).toContain('SITE_TARGETS: "máy-1" không hợp lệ');
  });

  it('describe a target by where it is, never by its key file or its keys', () => {
    const config = parseConfig({ SITE_TARGETS: 'dmz,cdn', ...ssh, ...s3 });
    const text = config.releaseTargets.map(describeReleaseTarget).join(' ');
    expect(text).toContain('ssh khcnsite@web1.skhcn.example.vn:22/srv/khcn-site');
    expect(text).toContain('s3 https://s3.example.vn/congkhai/site/');
    for (const secret of ['id_ed25519', 'AKIDEXAMPLE', 'bi-mat-khong-in-ra'])
      expect(text).not.toContain(secret);
  });
});
