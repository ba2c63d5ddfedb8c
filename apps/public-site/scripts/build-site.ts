/**
 * Builds the public site from one publication snapshot: validate -> Astro build -> attach documents ->
 * Pagefind index. A bad snapshot stops here, before Astro writes anything, with the path of each bad field.
 *
 *   SNAPSHOT_PATH=... SITE_OUT_DIR=... [SITE_URL=...] [SNAPSHOT_FILES_DIR=...] node scripts/build-site.ts
 *
 * The publisher may also import `buildSite` from this file. The Astro step runs in a child process (this file
 * with `--astro-only`): its memory is returned before Pagefind starts, and repeated builds share no state.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { environmentForChild } from '@khcn/config';
import { loadSnapshot, SnapshotInvalidError } from '../src/data/load-snapshot.ts';
import { packageRoot, readSiteEnv } from '../src/env.ts';
import { writeSeedSnapshot } from './write-seed-snapshot.ts';

export { SnapshotInvalidError };

export type BuildSiteOptions = {
  /** Snapshot file; default SNAPSHOT_PATH, else the seed snapshot (written afresh). */
  snapshotPath?: string;
  /** Output folder; default SITE_OUT_DIR, else dist/. */
  outDir?: string;
  /** Absolute site URL; default SITE_URL, else the snapshot's site.siteUrl. */
  siteUrl?: string;
  /** Folder holding the `files/...` documents the snapshot names; default SNAPSHOT_FILES_DIR, else `files/` beside the snapshot. */
  filesDir?: string;
  /** Told when the build moves to a later stage ('indexing'); the CLI prints `[stage] <name>` for the publisher. */
  onStage?: (stage: 'indexing') => void;
  /**
   * Told each step's outcome in Vietnamese, for the publication log staff read (the CLI prints `[log] <line>`);
   * the tools' own output (Astro, Pagefind, in English) is for the server log only.
   */
  onProgress?: (line: string) => void;
  /** Astro's log level (default 'warn'). */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
};

export type BuildSiteResult = {
  outDir: string;
  pages: number;
  indexedPages: number;
  documents: number;
  seconds: { validate: number; astro: number; documents: number; index: number; total: number };
};

const now = () => performance.now() / 1000;

/** Documents the snapshot links (report .docx/.pdf, publication PDFs), by site path. */
function linkedDocuments(snapshot: ReturnType<typeof loadSnapshot>) {
  const docs = new Map<string, { path: string; sha256: string }>();
  for (const report of snapshot.reports)
    for (const edition of report.editions)
      for (const doc of [edition.documents.docx, edition.documents.pdf]) if (doc) docs.set(doc.path, doc);
  for (const publication of snapshot.publications)
    if (publication.pdf) docs.set(publication.pdf.path, publication.pdf);
  return [...docs.values()];
}

type BuildStep = '--validate-only' | '--astro-only' | '--index-only';
const stepNames: Record<BuildStep, string> = {
  '--validate-only': 'Kiểm tra ảnh chụp dữ liệu',
  '--astro-only': 'Astro build',
  '--index-only': 'Lập chỉ mục tìm kiếm',
};
/** The validation step's exit code for a snapshot that fails the schema. */
const INVALID_SNAPSHOT_EXIT = 3;

/** The snapshot failed validation in the child; its message (with the bad fields' paths) is on stderr already. */
export class SnapshotRejectedError extends Error {}

/** What the later steps need from the snapshot; the validation child writes it to BUILD_PLAN_PATH. */
type BuildPlan = { siteUrl: string; documents: Array<{ path: string; sha256: string }> };

async function validateSnapshot(): Promise<void> {
  const env = readSiteEnv();
  try {
    const snapshot = loadSnapshot(env.snapshotPath);
    const plan: BuildPlan = {
      siteUrl: env.siteUrl ?? snapshot.site.siteUrl,
      documents: linkedDocuments(snapshot),
    };
    writeFileSync(env.planPath!, JSON.stringify(plan));
  } catch (error) {
    if (error instanceof SnapshotInvalidError) {
      console.error(error.message);
      process.exit(INVALID_SNAPSHOT_EXIT);
    }
    throw error;
  }
}

/**
 * A folder for one build's steps to run in, under the cache folder: Astro writes its intermediate server build
 * under `<cwd>/.astro/` when the output folder is outside the working directory, so the steps never run in the
 * code folder (read-only for the service user in production). The intermediate chunks import the site's
 * dependencies: a link to its node_modules lets them resolve. One folder per build, so two builds never share it.
 */
function createWorkDir(cacheDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(path.join(cacheDir, 'work-'));
  symlinkSync(path.join(packageRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Runs one step of the build (validate, Astro, search index) in a child process with the given environment,
 * so its memory is returned when it ends; rejects with its output on failure.
 */
function runStep(step: BuildStep, env: Record<string, string>, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), step], {
      cwd,
      env: environmentForChild({ ...env, ASTRO_TELEMETRY_DISABLED: '1' }),
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            code === INVALID_SNAPSHOT_EXIT
              ? new SnapshotRejectedError(stderr.trim())
              : new Error(`${stepNames[step]} thất bại (mã ${code}):\n${stderr.slice(-4000)}`),
          ),
    );
  });
}

/** The search index alone (in the child process), over the built site in SITE_OUT_DIR. */
async function indexSite(): Promise<void> {
  const pagefind = await import('pagefind');
  const outDir = readSiteEnv().outDir;
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'vi',
    // Field labels and table headers repeat on every page: they only slow indexing down.
    excludeSelectors: ['.fields dt', '.meta dt', 'thead', 'caption'],
    // Past 1,000 pages, fragments are bundled: thousands fewer small files to write and serve.
    maxFragments: 1000,
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** The Astro step alone (in the child process): configuration comes from src/env.ts. */
async function astroBuild(): Promise<void> {
  // Loaded here, in the child only: Astro's module graph alone is a few hundred MB the parent need not hold.
  const { build } = await import('astro');
  const env = readSiteEnv();
  // `sync: false`: no type generation into `<root>/.astro/` (types are for the editor and `astro check`; the
  // site has no content collections). With the caches in CACHE_DIR, the build writes nothing into the code
  // folder, which is read-only for the service user in production.
  await build({ root: packageRoot, outDir: env.outDir, site: env.siteUrl, logLevel: env.astroLogLevel }, {
    sync: false,
  } as Parameters<typeof build>[1]);
}

/** How many HTML pages are in `dir` and below. */
export function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countHtml(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) n++;
  }
  return n;
}

export async function buildSite(options: BuildSiteOptions = {}): Promise<BuildSiteResult> {
  const t0 = now();
  const env = readSiteEnv();
  let snapshotPath = options.snapshotPath ? path.resolve(options.snapshotPath) : env.snapshotPath;
  if (!options.snapshotPath && env.usesSeed) snapshotPath = writeSeedSnapshot(env.snapshotPath);
  const outDir = options.outDir ? path.resolve(options.outDir) : env.outDir;

  const workDir = createWorkDir(env.cacheDir);
  const progress = options.onProgress ?? (() => {});
  const seconds = (s: number) => `${s.toFixed(1).replace('.', ',')} giây`;
  try {
    // 1. Validate before anything is written, in a child process: a large snapshot's parsed form is several hundred
    // MB this process need not keep while Astro and the search index run. Only the build plan comes back.
    const planPath = path.join(workDir, 'plan.json');
    await runStep(
      '--validate-only',
      {
        SNAPSHOT_PATH: snapshotPath,
        BUILD_PLAN_PATH: planPath,
        ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
      },
      workDir,
    );
    const { siteUrl, documents } = JSON.parse(readFileSync(planPath, 'utf8')) as BuildPlan;
    const filesDir = options.filesDir ?? env.filesDir ?? path.join(path.dirname(snapshotPath), 'files');
    const t1 = now();
    progress(`Đã kiểm tra ảnh chụp dữ liệu: hợp lệ (${seconds(t1 - t0)}).`);

    // 2. Astro build, in a child process. The config and the data module read these through src/env.ts.
    await runStep(
      '--astro-only',
      {
        SNAPSHOT_PATH: snapshotPath,
        SITE_OUT_DIR: outDir,
        SITE_URL: siteUrl,
        ASTRO_LOG_LEVEL: options.logLevel ?? 'warn',
      },
      workDir,
    );
    const t2 = now();
    progress(`Đã dựng các trang bằng Astro (${seconds(t2 - t1)}).`);

    // 3. Attach the documents the snapshot links, checking each one's hash.
    let copied = 0;
    if (existsSync(filesDir)) {
      for (const doc of documents) {
        const source = path.join(filesDir, path.basename(doc.path));
        if (!existsSync(source)) continue;
        const sha256 = createHash('sha256').update(readFileSync(source)).digest('hex');
        if (sha256 !== doc.sha256)
          throw new Error(`Tệp đính kèm ${doc.path}: mã băm không khớp với ảnh chụp dữ liệu (${sha256}).`);
        mkdirSync(path.join(outDir, 'files'), { recursive: true });
        copyFileSync(source, path.join(outDir, doc.path));
        copied++;
      }
    }
    const t3 = now();
    progress(`Đã gắn ${copied} tệp đính kèm (văn bản báo cáo, ấn phẩm) đã đối chiếu mã băm.`);

    options.onStage?.('indexing');
    // 4. Search index (one language: every page is Vietnamese but /en/about/, which is not indexed).
    await runStep('--index-only', { SITE_OUT_DIR: outDir }, workDir);
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const t4 = now();
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    progress(`Đã lập chỉ mục tìm kiếm cho ${indexed} trang (${seconds(t4 - t3)}).`);

    return {
      outDir,
      pages: countHtml(outDir),
      indexedPages: indexed,
      documents: copied,
      seconds: { validate: t1 - t0, astro: t2 - t1, documents: t3 - t2, index: t4 - t3, total: t4 - t0 },
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.main && process.argv.includes('--validate-only')) {
  await validateSnapshot();
} else if (import.meta.main && process.argv.includes('--astro-only')) {
  await astroBuild();
} else if (import.meta.main && process.argv.includes('--index-only')) {
  await indexSite();
} else if (import.meta.main) {
  try {
    const result = await buildSite({
      logLevel: 'info',
      onStage: (stage) => console.log(`[stage] ${stage}`),
      onProgress: (line) => console.log(`[log] ${line}`),
    });
    console.log(
      '[log] ' +
        `Đã dựng trang: ${result.pages} trang, ${result.indexedPages} trang trong chỉ mục tìm kiếm, ${result.documents} tệp đính kèm -> ${path.relative(process.cwd(), result.outDir) || '.'} (${result.seconds.total.toFixed(1)} giây: kiểm tra ${result.seconds.validate.toFixed(1)}, Astro ${result.seconds.astro.toFixed(1)}, tệp đính kèm ${result.seconds.documents.toFixed(1)}, chỉ mục ${result.seconds.index.toFixed(1)})`,
    );
  } catch (error) {
    if (error instanceof SnapshotInvalidError || error instanceof SnapshotRejectedError) {
      if (error instanceof SnapshotInvalidError) console.error(error.message);
      console.error('Không dựng trang: chưa ghi gì vào thư mục đầu ra.');
      process.exit(1);
    }
    throw error;
  }
}
