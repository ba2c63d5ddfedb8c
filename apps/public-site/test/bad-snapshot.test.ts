/** A snapshot that fails the schema stops the build, names the bad field's path, and writes nothing. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { packageRoot } from '../src/env.ts';
import { createSeedSnapshot } from '../scripts/write-seed-snapshot.ts';

const workDir = inject('workDir');

function build(snapshot: string, outDir: string) {
  return spawnSync(process.execPath, ['scripts/build-site.ts'], {
    cwd: packageRoot,
    env: { ...process.env, SNAPSHOT_PATH: snapshot, SITE_OUT_DIR: outDir },
    encoding: 'utf8',
  });
}

describe('a bad snapshot', () => {
  it('fails naming the path of the bad field, and creates no output folder', () => {
    const snapshot = createSeedSnapshot() as unknown as {
      tasks: Array<{ title: string }>;
      reports: Array<{ period: string }>;
    };
    snapshot.tasks[1]!.title = '';
    snapshot.reports[0]!.period = '2024-13';
    const file = path.join(workDir, 'bad.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const outDir = path.join(workDir, 'bad-out');
    const result = build(file, outDir);
    expect(result.status, result.stdout).toBe(1);
    expect(result.stderr).toContain('tasks.1.title');
    expect(result.stderr).toContain('Tiêu đề: không được để trống');
    expect(result.stderr).toContain('reports.0.period');
    expect(existsSync(outDir)).toBe(false);
  });

  it('leaves an existing output folder exactly as it was', () => {
    const outDir = path.join(workDir, 'live');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), 'bản đang chạy');
    const snapshot = createSeedSnapshot() as unknown as { site: { siteUrl: string } };
    snapshot.site.siteUrl = 'không phải địa chỉ';
    const file = path.join(workDir, 'bad-url.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const result = build(file, outDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('site.siteUrl');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('bản đang chạy');
  });

  it('reports a file that is not JSON, or is missing', () => {
    const file = path.join(workDir, 'not-json.json');
    writeFileSync(file, '{ "schemaVersion": 1,');
    const broken = build(file, path.join(workDir, 'out-2'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('không phải JSON hợp lệ');
    const missing = build(path.join(workDir, 'missing.json'), path.join(workDir, 'out-3'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('không tìm thấy tệp');
    expect(existsSync(path.join(workDir, 'out-2'))).toBe(false);
  });

  it('rejects duplicate record ids, which would collide on one URL', () => {
    const snapshot = createSeedSnapshot() as unknown as { inspections: Array<{ id: string }> };
    snapshot.inspections[2]!.id = snapshot.inspections[0]!.id;
    const file = path.join(workDir, 'duplicate.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const result = build(file, path.join(workDir, 'out-4'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('inspections.2.id');
  });
});
