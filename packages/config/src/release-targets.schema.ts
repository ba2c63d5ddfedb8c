import path from 'node:path';
import { z } from 'zod';

/**
 * Where the public site is released (ADR 0016): one or several targets, named in SITE_TARGETS, each described by
 * `SITE_TARGET_<NAME>_*` variables. Without SITE_TARGETS the one target is the local folder SITE_ROOT, as before.
 *
 *   SITE_TARGETS=local,dmz,cdn
 *   SITE_TARGET_DMZ_KIND=ssh      HOST, PORT (22), USER, PATH, KEY (private key file), KNOWN_HOSTS (file)
 *   SITE_TARGET_CDN_KIND=s3       ENDPOINT, REGION (us-east-1), BUCKET, PREFIX, ACCESS_KEY_ID, SECRET_ACCESS_KEY,
 *                                 FORCE_PATH_STYLE (true with an ENDPOINT), GRACE_HOURS (24)
 *
 * Secrets (the key file's path, the S3 keys) stay in the configuration object: `describeReleaseTarget` is the
 * only text about a target that may reach a log, the audit log or a publication's log.
 */
export type LocalReleaseTarget = { name: string; kind: 'local'; root: string };
export type SshReleaseTarget = {
  name: string;
  kind: 'ssh';
  host: string;
  port: number;
  user: string;
  /** The folder on the host that holds `releases/<id>/` and the `current` symlink. */
  path: string;
  identityFile: string;
  knownHostsFile: string;
};
export type S3ReleaseTarget = {
  name: string;
  kind: 's3';
  endpoint: string | undefined;
  region: string;
  bucket: string;
  /** Key prefix of the site in the bucket ('' or ending in '/'). */
  prefix: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** Objects no release references any more are deleted only this long after they stopped being live. */
  graceHours: number;
};
export type ReleaseTargetConfig = LocalReleaseTarget | SshReleaseTarget | S3ReleaseTarget;

const required = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string({ error: `chưa đặt (${what})` }).trim(),
  );
const absolutePath = (what: string) =>
  required(what).refine((p) => path.isAbsolute(p), { error: 'phải là đường dẫn tuyệt đối' });
const numberIn = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number({ error: 'phải là một số nguyên' })
      .int({ error: 'phải là một số nguyên' })
      .min(min, { error: `phải từ ${min} đến ${max}` })
      .max(max, { error: `phải từ ${min} đến ${max}` })
      .default(fallback),
  );
const yesNo = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'].includes(v), {
      error: 'phải là 1/true/yes/on hoặc 0/false/no/off',
    })
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v))
    .optional(),
);

const sshFields = z.object({
  HOST: required('tên hoặc địa chỉ máy chủ').refine((h) => /^[A-Za-z0-9.:_-]+$/.test(h), {
    error: 'chỉ gồm chữ, số, dấu chấm, gạch ngang, hai chấm',
  }),
  PORT: numberIn(1, 65_535, 22),
  USER: required('người dùng SSH').refine((u) => /^[a-z_][a-z0-9_.-]*$/i.test(u), {
    error: 'tên người dùng không hợp lệ',
  }),
  PATH: absolutePath('thư mục trên máy chủ, ví dụ /srv/khcn-site').refine(
    (p) => /^\/[A-Za-z0-9._/-]+$/.test(p) && !p.split('/').includes('..'),
    { error: 'chỉ gồm chữ, số và . _ - /' },
  ),
  KEY: absolutePath('tệp khóa riêng SSH'),
  KNOWN_HOSTS: absolutePath('tệp known_hosts chứa khóa của máy chủ'),
});

const s3Fields = z.object({
  ENDPOINT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.url({ protocol: /^https?$/, error: 'phải là địa chỉ http(s)://…' }).optional(),
  ),
  REGION: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().default('us-east-1'),
  ),
  BUCKET: required('tên bucket').refine((b) => /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(b), {
    error: 'tên bucket không hợp lệ (chữ thường, số, dấu chấm, gạch ngang)',
  }),
  PREFIX: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().replace(/^\/+/, '') : ''),
    z
      .string()
      .refine((p) => p === '' || /^[A-Za-z0-9._/-]+$/.test(p), { error: 'chỉ gồm chữ, số và . _ - /' })
      .transform((p) => (p === '' || p.endsWith('/') ? p : `${p}/`)),
  ),
  ACCESS_KEY_ID: required('khóa truy cập'),
  SECRET_ACCESS_KEY: required('khóa bí mật'),
  FORCE_PATH_STYLE: yesNo,
  GRACE_HOURS: numberIn(0, 24 * 90, 24),
});

const targetName = /^[a-z][a-z0-9]{0,19}$/;

/**
 * The release targets an environment describes. `problems` names every bad variable (Vietnamese); the caller
 * folds them into its ConfigError.
 */
export function parseReleaseTargets(
  source: Record<string, string | undefined>,
  siteRoot: string,
): { targets: ReleaseTargetConfig[]; problems: string[] } {
  const listed = (source.SITE_TARGETS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const names = listed.length > 0 ? listed : ['local'];
  const problems: string[] = [];
  const targets: ReleaseTargetConfig[] = [];
  if (new Set(names).size !== names.length) problems.push('SITE_TARGETS: một tên xuất hiện hai lần');
  for (const name of names) {
    if (!targetName.test(name)) {
      problems.push(
        `SITE_TARGETS: "${name}" không hợp lệ (chữ thường và số, bắt đầu bằng chữ, tối đa 20 ký tự)`,
      );
      continue;
    }
    const prefix = `SITE_TARGET_${name.toUpperCase()}_`;
    const fields: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(source)) {
      if (key.startsWith(prefix)) fields[key.slice(prefix.length)] = value;
    }
    const kind = fields.KIND?.trim().toLowerCase() || (name === 'local' ? 'local' : undefined);
    if (kind === 'local') {
      targets.push({ name, kind: 'local', root: siteRoot });
      continue;
    }
    if (kind !== 'ssh' && kind !== 's3') {
      problems.push(`${prefix}KIND: phải là local, ssh hoặc s3`);
      continue;
    }
    const result = (kind === 'ssh' ? sshFields : s3Fields).safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${prefix}${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    if (kind === 'ssh') {
      const f = result.data as z.infer<typeof sshFields>;
      targets.push({
        name,
        kind,
        host: f.HOST,
        port: f.PORT,
        user: f.USER,
        path: f.PATH.replace(/\/+$/, ''),
        identityFile: f.KEY,
        knownHostsFile: f.KNOWN_HOSTS,
      });
    } else {
      const f = result.data as z.infer<typeof s3Fields>;
      targets.push({
        name,
        kind,
        endpoint: f.ENDPOINT,
        region: f.REGION,
        bucket: f.BUCKET,
        prefix: f.PREFIX,
        accessKeyId: f.ACCESS_KEY_ID,
        secretAccessKey: f.SECRET_ACCESS_KEY,
        forcePathStyle: f.FORCE_PATH_STYLE ?? f.ENDPOINT !== undefined,
        graceHours: f.GRACE_HOURS,
      });
    }
  }
  return { targets, problems };
}

/** The one text about a target that may be logged or shown: where it is, never a key or a key file. */
export function describeReleaseTarget(target: ReleaseTargetConfig): string {
  switch (target.kind) {
    case 'local':
      return `${target.name} (thư mục ${target.root})`;
    case 'ssh':
      return `${target.name} (ssh ${target.user}@${target.host}:${target.port}${target.path})`;
    case 's3':
      return `${target.name} (s3 ${target.endpoint ? `${target.endpoint.replace(/\/$/, '')}/` : ''}${target.bucket}/${target.prefix})`;
  }
}
