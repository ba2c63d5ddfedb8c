import { fileURLToPath } from 'node:url';
import { defaultFilesDir, defaultPgliteDir } from '@khcn/db';
import { z } from 'zod';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalText = z.preprocess(emptyAsUndefined, z.string().optional());

/** An origin such as https://quantri.khcn.hungyen.gov.vn (scheme, host, optional port; nothing else). */
const originSchema = z
  .string()
  .trim()
  .refine((s) => URL.canParse(s) && new URL(s).origin === s.replace(/\/$/, ''), {
    error: 'must be an origin like https://host[:port]',
  })
  .transform((s) => s.replace(/\/$/, ''));

const originListSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  z.array(originSchema),
);

const booleanFlag = (fallback: boolean) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? fallback : ['1', 'true', 'yes'].includes(String(v).toLowerCase())),
    z.boolean(),
  );

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).default(3000)),
  /** PostgreSQL; without it the embedded PGlite database in PGLITE_DIR is used. */
  DATABASE_URL: optionalText,
  PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().default(defaultPgliteDir())),
  FILES_DIR: z.preprocess(emptyAsUndefined, z.string().default(defaultFilesDir())),
  /** Origins allowed to send state-changing requests besides the API's own (comma-separated). */
  PUBLIC_ORIGINS: originListSchema,
  /** The same, singular, for a deployment with one public origin. */
  PUBLIC_ORIGIN: originListSchema,
  /** Behind nginx: take the client address from X-Real-IP / X-Forwarded-For (login throttling). */
  TRUST_PROXY: booleanFlag(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built admin app (Vite output) served at `/`. */
  ADMIN_WEB_DIST: z.preprocess(
    emptyAsUndefined,
    z.string().default(fileURLToPath(new URL('../../admin-web/dist', import.meta.url))),
  ),
  /** Run the publish worker in this process (pg-boss jobs: rebuild and switch the public site). */
  PUBLISH_WORKER: booleanFlag(true),
  SITE_ROOT: optionalText,
  SITE_URL: optionalText,
  KEEP_RELEASES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(5)),
  DOCUMENTS_PDF: booleanFlag(true),
});

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  pgliteDir: string;
  filesDir: string;
  allowedOrigins: string[];
  trustProxy: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  adminWebDist: string;
  publishWorker: boolean;
  siteRoot: string | undefined;
  siteUrl: string | undefined;
  keepReleases: number;
  documentsPdf: boolean;
};

/** Parses an environment (process.env in main.ts; a literal in tests). Throws listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = result.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    filesDir: e.FILES_DIR,
    allowedOrigins: [...new Set([...e.PUBLIC_ORIGINS, ...e.PUBLIC_ORIGIN])],
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    adminWebDist: e.ADMIN_WEB_DIST,
    publishWorker: e.PUBLISH_WORKER,
    siteRoot: e.SITE_ROOT,
    siteUrl: e.SITE_URL,
    keepReleases: e.KEEP_RELEASES,
    documentsPdf: e.DOCUMENTS_PDF,
  };
}

/** The only read of process.env in this app. */
export function loadEnv(): Env {
  return parseEnv(process.env);
}
