import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseReleaseTargets, type ReleaseTargetConfig } from './release-targets.schema.ts';

/** The workspace root (this file is packages/config/src/config.schema.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Where a laptop keeps its data when nothing is configured: `<repo>/.data` (git-ignored). */
const devDataDir = path.join(repoRoot, '.data');

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(emptyAsUndefined, z.string().trim().optional());
const optionalPath = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .trim()
    .transform((p) => path.resolve(p))
    .optional(),
);

const truthy = new Set(['1', 'true', 'yes', 'on']);
const falsy = new Set(['0', 'false', 'no', 'off']);
/** A yes/no switch: 1/true/yes/on or 0/false/no/off (any case); anything else is an error, never a guess. */
const flag = (fallback: boolean) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => truthy.has(v) || falsy.has(v), {
        error: 'phải là 1/true/yes/on hoặc 0/false/no/off',
      })
      .transform((v) => truthy.has(v))
      .optional()
      .transform((v) => v ?? fallback),
  );

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: 'phải là một số nguyên' })
      .int({ error: 'phải là một số nguyên' })
      .min(min, { error: `phải từ ${min} đến ${max}` })
      .max(max, { error: `phải từ ${min} đến ${max}` })
      .default(fallback),
  );

/** An origin such as https://quantri.skhcn.example.vn (scheme, host, optional port; nothing else). */
const originSchema = z
  .string()
  .trim()
  .refine((s) => URL.canParse(s) && new URL(s).origin === s.replace(/\/$/, ''), {
    error: 'phải là một origin dạng https://máy-chủ[:cổng]',
  })
  .transform((s) => s.replace(/\/$/, ''));

const originList = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  z.array(originSchema),
);

const httpUrl = z.preprocess(
  emptyAsUndefined,
  z.url({ protocol: /^https?$/, error: 'phải là địa chỉ http(s)://…' }).optional(),
);

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const astroLogLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/**
 * Every environment variable any process of the platform reads, once: the admin API, the publish worker, the
 * maintainers' CLIs, `pnpm start` and the public site's build. Defaults suit a laptop (`pnpm start`); the
 * production rule (see `requireProductionSettings`) forbids the defaults that would guess.
 */
export const environmentSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyAsUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().trim().default('127.0.0.1')),
  PORT: integer(0, 65_535, 3000),
  /** The public site's port under `pnpm start` (production serves the site with nginx). */
  SITE_PORT: integer(0, 65_535, 4321),
  /** PostgreSQL; without it the embedded PGlite database in PGLITE_DIR (never in production). */
  DATABASE_URL: optionalText,
  PGLITE_DIR: optionalPath,
  /** Uploaded PDFs and generated .docx/.pdf. */
  FILES_DIR: optionalPath,
  /** The public site's releases; `current` points at the live one. */
  SITE_ROOT: optionalPath,
  /** Build caches of the site (Astro, Vite): under the data folder, never in the code folder. */
  CACHE_DIR: optionalPath,
  /** The public site's absolute URL (canonical links, sitemap, feeds, open data). */
  SITE_URL: httpUrl,
  KEEP_RELEASES: integer(1, 100, 5),
  /**
   * Where releases go (comma-separated names; default `local`, the SITE_ROOT folder). Each other name is described
   * by SITE_TARGET_<NAME>_* variables, parsed by release-targets.schema.ts (ADR 0016).
   */
  SITE_TARGETS: optionalText,
  /** Make the official .pdf (LibreOffice) besides the .docx. */
  DOCUMENTS_PDF: flag(true),
  /** Run the publish worker inside the API process. */
  PUBLISH_WORKER: flag(true),
  /** Behind nginx: the client address is the proxy's X-Real-IP, the scheme its X-Forwarded-Proto. */
  TRUST_PROXY: flag(false),
  /** Origins allowed to send state-changing requests besides the API's own (comma-separated). */
  PUBLIC_ORIGINS: originList,
  PUBLIC_ORIGIN: originList,
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(logLevels).default('info')),
  /** The built admin app (Vite output) the API serves at `/`. */
  ADMIN_WEB_DIST: optionalPath,
  /** The public site's build script the publisher runs (default: the workspace's apps/public-site). */
  SITE_BUILD_SCRIPT: optionalPath,
  /** Who runs a maintainer command (set by the `khcn` wrapper; `--as` overrides it). */
  KHCN_ACTOR: optionalText,
  /** The site build's inputs and outputs (set by the publisher for its child processes). */
  SNAPSHOT_PATH: optionalPath,
  SITE_OUT_DIR: optionalPath,
  SNAPSHOT_FILES_DIR: optionalPath,
  BUILD_PLAN_PATH: optionalPath,
  ASTRO_LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(astroLogLevels).default('warn')),
  /** Where the user typed a `pnpm` command (pnpm runs package scripts in the package folder). */
  INIT_CWD: optionalPath,
});

/** The platform's configuration as every process sees it (camelCase, defaults resolved). */
export const configSchema = environmentSchema.transform((e) => {
  const siteRoot = e.SITE_ROOT ?? path.join(devDataDir, 'site');
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    sitePort: e.SITE_PORT,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR ?? path.join(devDataDir, 'pglite'),
    filesDir: e.FILES_DIR ?? path.join(devDataDir, 'files'),
    siteRoot,
    /** Beside the releases' folder by default: `/srv/khcn/cache` for SITE_ROOT=/srv/khcn/site. */
    cacheDir: e.CACHE_DIR ?? path.join(path.dirname(siteRoot), 'cache'),
    siteUrl: e.SITE_URL,
    keepReleases: e.KEEP_RELEASES,
    documentsPdf: e.DOCUMENTS_PDF,
    publishWorker: e.PUBLISH_WORKER,
    trustProxy: e.TRUST_PROXY,
    allowedOrigins: [...new Set([...e.PUBLIC_ORIGINS, ...e.PUBLIC_ORIGIN])],
    logLevel: e.LOG_LEVEL,
    adminWebDist: e.ADMIN_WEB_DIST ?? path.join(repoRoot, 'apps', 'admin-web', 'dist'),
    siteBuildScript:
      e.SITE_BUILD_SCRIPT ?? path.join(repoRoot, 'apps', 'public-site', 'scripts', 'build-site.ts'),
    actorName: e.KHCN_ACTOR,
    siteBuild: {
      snapshotPath: e.SNAPSHOT_PATH,
      outDir: e.SITE_OUT_DIR,
      filesDir: e.SNAPSHOT_FILES_DIR,
      planPath: e.BUILD_PLAN_PATH,
      astroLogLevel: e.ASTRO_LOG_LEVEL,
    },
    initCwd: e.INIT_CWD,
    /** Which of the paths above were set rather than defaulted (the production rule needs to know). */
    explicit: {
      databaseUrl: e.DATABASE_URL !== undefined,
      filesDir: e.FILES_DIR !== undefined,
      siteRoot: e.SITE_ROOT !== undefined,
    },
  };
});

/** The configuration of every process: the schema's variables, and the release targets (ADR 0016). */
export type Config = z.infer<typeof configSchema> & { releaseTargets: ReleaseTargetConfig[] };
export type LogLevel = Config['logLevel'];

/** The configuration is unusable; `message` is Vietnamese and names every variable at fault. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses an environment (a literal in tests); throws ConfigError listing every bad variable. */
export function parseConfig(source: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(source);
  const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const targets = parseReleaseTargets(source, result.data?.siteRoot ?? path.join(devDataDir, 'site'));
  problems.push(...targets.problems);
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  return { ...result.data, releaseTargets: targets.targets };
}

/**
 * In production nothing is guessed: the database is PostgreSQL (DATABASE_URL), and the data folders are named
 * (FILES_DIR, SITE_ROOT), so no process opens an embedded database or writes into the code folder.
 */
export function requireProductionSettings(config: Config): Config {
  if (!config.isProduction) return config;
  const missing: string[] = [];
  if (!config.explicit.databaseUrl)
    missing.push(
      'DATABASE_URL: chưa đặt. Với NODE_ENV=production không dùng cơ sở dữ liệu nhúng; hãy chạy lệnh qua `khcn` (đọc /etc/khcn/khcn.env) hoặc đặt DATABASE_URL.',
    );
  if (!config.explicit.filesDir)
    missing.push('FILES_DIR: chưa đặt (thư mục dữ liệu, ví dụ /srv/khcn/files).');
  if (!config.explicit.siteRoot) missing.push('SITE_ROOT: chưa đặt (thư mục dữ liệu, ví dụ /srv/khcn/site).');
  if (missing.length > 0) throw new ConfigError(missing);
  return config;
}
