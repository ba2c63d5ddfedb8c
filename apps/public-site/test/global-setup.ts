/**
 * Builds the sites the tests read, once: the seed site, a richer synthetic one (corrections, listings,
 * documents) and one from a snapshot with script payloads in every text field. Each build runs the real
 * build script in a child process, into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { packageRoot } from '../src/env.ts';
import { createRichSnapshot, createXssSnapshot } from './support/fixtures.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seedSite: string;
    richSite: string;
    richSnapshot: string;
    xssSite: string;
    workDir: string;
  }
}

function buildInto(outDir: string, env: Record<string, string>): void {
  const result = spawnSync(process.execPath, ['scripts/build-site.ts'], {
    cwd: packageRoot,
    env: { ...process.env, ...env, SITE_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`Dựng trang thất bại (${outDir}):\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'khcn-public-site-'));
  const seedSite = path.join(workDir, 'seed');
  buildInto(seedSite, { SNAPSHOT_PATH: '' });

  const richDir = path.join(workDir, 'rich-input');
  const richSnapshot = path.join(richDir, 'snapshot.json');
  const snapshot = createRichSnapshot(path.join(richDir, 'files'));
  writeFileSync(richSnapshot, JSON.stringify(snapshot));
  const richSite = path.join(workDir, 'rich');
  buildInto(richSite, { SNAPSHOT_PATH: richSnapshot });

  const xssSnapshot = path.join(workDir, 'xss.json');
  writeFileSync(xssSnapshot, JSON.stringify(createXssSnapshot()));
  const xssSite = path.join(workDir, 'xss');
  buildInto(xssSite, { SNAPSHOT_PATH: xssSnapshot });

  project.provide('seedSite', seedSite);
  project.provide('richSite', richSite);
  project.provide('richSnapshot', richSnapshot);
  project.provide('xssSite', xssSite);
  project.provide('workDir', workDir);
  return () => rmSync(workDir, { recursive: true, force: true });
}
