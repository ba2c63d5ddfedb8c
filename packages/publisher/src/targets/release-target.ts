import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ReleaseTargetKind, ReleaseTargetProgress } from '@khcn/domain';

/**
 * A place the public site is released to (ADR 0016): the local folder, a host over SSH, an S3-compatible bucket.
 * A publication uploads the release to every target first (nothing a visitor sees changes), then switches each
 * one to it; a failure leaves, or puts back, every target on its last good release.
 */
export type ReleaseTarget = {
  name: string;
  kind: ReleaseTargetKind;
  /** Where it is, for logs and screens; never a key, a key file or a password. */
  description: string;
  /**
   * A switch either happens whole or not at all (one rename). A target whose switch is several steps (S3) is put
   * back when its own switch fails half-way.
   */
  atomicSwitch: boolean;
  /** Sends the finished site in `siteDir` as release `releaseId`, so that `activate` can switch to it. */
  upload(args: {
    releaseId: string;
    siteDir: string;
    onProgress: (progress: ReleaseTargetProgress) => void;
    log: (line: string) => void;
  }): Promise<void>;
  /**
   * Makes `releaseId` the live release (null: no live release, for undoing a target's first switch). Idempotent:
   * running it again after an interruption finishes the switch.
   */
  activate(releaseId: string | null, log: (line: string) => void): Promise<void>;
  /** The live release's id, or null. */
  currentReleaseId(): Promise<string | null>;
  /** The releases the target keeps (newest first), which `activate` can switch back to. */
  listReleaseIds(): Promise<string[]>;
  /** Keeps the newest `keep` releases and the live one; removes the rest (and, on S3, what no release needs). */
  prune(keep: number, log: (line: string) => void): Promise<void>;
  close(): Promise<void>;
};

/** A failure a maintainer can act on: `message` is Vietnamese, names the target and never carries a secret. */
export class ReleaseTargetError extends Error {
  readonly target: string;
  constructor(target: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReleaseTargetError';
    this.target = target;
  }
}

/** A release id is a publication id: safe in a path, a shell argument and an object key. */
export function requireSafeReleaseId(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id)) throw new Error(`Unsafe release id: ${id}`);
  return id;
}

export type SiteFile = {
  /** Path inside the site, with `/` separators and no leading slash (`bao-cao/2024-11/index.html`). */
  path: string;
  absolutePath: string;
  size: number;
};

/** Every file of a built site, sorted by path. */
export async function listSiteFiles(siteDir: string): Promise<SiteFile[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const files: SiteFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolutePath = join(entry.parentPath, entry.name);
    files.push({
      path: relative(siteDir, absolutePath).split(sep).join('/'),
      absolutePath,
      size: (await stat(absolutePath)).size,
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** MD5 (what S3 returns as the ETag of an object uploaded in one piece) and SHA-256 of a file. */
export function hashFile(path: string): Promise<{ md5: string; sha256: string }> {
  return new Promise((resolve, reject) => {
    const md5 = createHash('md5');
    const sha256 = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => {
        md5.update(chunk);
        sha256.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve({ md5: md5.digest('hex'), sha256: sha256.digest('hex') }));
  });
}

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
};

/**
 * The Content-Type a file is served with (nginx's types plus the charset it adds; infra/nginx/public-site-body.conf).
 * Pagefind's index chunks (`.pf_*`) are binary.
 */
export function contentTypeOf(path: string): string {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return contentTypes[extension] ?? 'application/octet-stream';
}

/** Named by their content: `_astro/` (the build's hashed assets), `files/` (documents), Pagefind's chunks. */
export function isContentNamed(path: string): boolean {
  return (
    path.startsWith('_astro/') ||
    path.startsWith('files/') ||
    /^pagefind\/(fragment|index|filter)\//.test(path) ||
    /\.pf_(fragment|index|filter|meta)$/.test(path)
  );
}

/** Long caching for what is named by its content; a minute for pages, feeds and open data (as nginx does). */
export function cacheControlOf(path: string): string {
  if (isContentNamed(path)) return 'public, max-age=31536000, immutable';
  if (path === '404.html') return 'no-cache';
  return 'public, max-age=60';
}

/** The search index's entry points: they name the chunks, so they switch after every chunk is there. */
export function isSearchIndexEntry(path: string): boolean {
  return path.startsWith('pagefind/') && !isContentNamed(path);
}

export function isPage(path: string): boolean {
  return path.endsWith('.html');
}

/**
 * The order a switch makes files visible in: everything else, then the search index's entry points, then the
 * pages; so a page never names an asset or an index chunk that is not there yet.
 */
export function switchOrder(path: string): number {
  if (isPage(path)) return 2;
  if (isSearchIndexEntry(path)) return 1;
  return 0;
}

/** Files and bytes of a site, for a stage's progress. */
export function totalsOf(files: SiteFile[]): ReleaseTargetProgress {
  return {
    files: 0,
    totalFiles: files.length,
    bytes: 0,
    totalBytes: files.reduce((n, f) => n + f.size, 0),
  };
}

/** Runs `work` over `items` with at most `concurrency` at a time; the first failure stops taking new items. */
export async function forEachLimited<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const runners = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  });
  await Promise.all(runners);
}
