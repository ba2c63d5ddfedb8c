/**
 * Reads and validates the publication snapshot: the site's one input. Used by the build script (before
 * Astro writes anything) and by the site's data module (at load time). A parsed snapshot is cached per
 * process by the SHA-256 of the file, so the script, the Astro config and the pages share one parse.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type PublicSnapshot, publicSnapshotSchema, vietnameseErrorMap } from '@khcn/domain';

export type SnapshotIssue = { path: string; message: string };

/** The snapshot file is missing, is not JSON, or fails the schema; `issues` name each bad field's path. */
export class SnapshotInvalidError extends Error {
  readonly issues: SnapshotIssue[];
  readonly snapshotPath: string;
  constructor(snapshotPath: string, issues: SnapshotIssue[]) {
    const lines = issues.slice(0, 20).map((i) => `  - ${i.path || '(gốc)'}: ${i.message}`);
    if (issues.length > 20) lines.push(`  ... và ${issues.length - 20} lỗi khác`);
    super(`Ảnh chụp dữ liệu công khai không hợp lệ (${snapshotPath}):\n${lines.join('\n')}`);
    this.name = 'SnapshotInvalidError';
    this.issues = issues;
    this.snapshotPath = snapshotPath;
  }
}

type CacheEntry = { sha256: string; snapshot: PublicSnapshot };
const cacheKey = Symbol.for('khcn.public-site.snapshot-cache');
const globalCache = globalThis as unknown as { [cacheKey]?: Map<string, CacheEntry> };
function cache(): Map<string, CacheEntry> {
  globalCache[cacheKey] ??= new Map();
  return globalCache[cacheKey];
}

const isHttpUrl = (value: string) => /^https?:\/\//i.test(value);

/** Checks the schema cannot express: web links the site renders are http(s); ids are unique per collection. */
function checkSiteRules(snapshot: PublicSnapshot): SnapshotIssue[] {
  const issues: SnapshotIssue[] = [];
  if (!isHttpUrl(snapshot.site.siteUrl))
    issues.push({ path: 'site.siteUrl', message: 'Địa chỉ trang: phải bắt đầu bằng http:// hoặc https://' });
  if (!isHttpUrl(snapshot.site.licence.url))
    issues.push({
      path: 'site.licence.url',
      message: 'Địa chỉ giấy phép: phải bắt đầu bằng http:// hoặc https://',
    });
  const collections = [
    'tasks',
    'listings',
    'publications',
    'inspections',
    'appraisals',
    'transfers',
    'events',
  ] as const;
  for (const name of collections) {
    const seen = new Map<string, number>();
    snapshot[name].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first !== undefined)
        issues.push({ path: `${name}.${index}.id`, message: `Mã định danh: trùng với ${name}.${first}.id` });
      else seen.set(record.id, index);
    });
  }
  const periods = new Map<string, number>();
  snapshot.reports.forEach((report, index) => {
    const first = periods.get(report.period);
    if (first !== undefined)
      issues.push({
        path: `reports.${index}.period`,
        message: `Kỳ báo cáo: trùng với reports.${first}.period`,
      });
    else periods.set(report.period, index);
  });
  return issues;
}

/** Validates parsed JSON; returns the snapshot or the issues, each with the dotted path of the bad field. */
export function validateSnapshot(
  raw: unknown,
): { ok: true; snapshot: PublicSnapshot } | { ok: false; issues: SnapshotIssue[] } {
  const result = publicSnapshotSchema.safeParse(raw, { error: vietnameseErrorMap });
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  const issues = checkSiteRules(result.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, snapshot: result.data };
}

/** Reads, parses and validates the snapshot file; throws SnapshotInvalidError naming the bad fields. */
export function loadSnapshot(snapshotPath: string): PublicSnapshot {
  let bytes: Buffer;
  try {
    bytes = readFileSync(snapshotPath);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tìm thấy tệp' : String(cause);
    throw new SnapshotInvalidError(snapshotPath, [{ path: '', message: `Không đọc được tệp: ${reason}` }]);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const cached = cache().get(snapshotPath);
  if (cached && cached.sha256 === sha256) return cached.snapshot;

  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    throw new SnapshotInvalidError(snapshotPath, [
      { path: '', message: `Tệp không phải JSON hợp lệ: ${(cause as Error).message}` },
    ]);
  }
  const result = validateSnapshot(raw);
  if (!result.ok) throw new SnapshotInvalidError(snapshotPath, result.issues);
  cache().set(snapshotPath, { sha256, snapshot: result.snapshot });
  return result.snapshot;
}
