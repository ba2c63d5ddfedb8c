/** A task detail page, HTML plus its CSS, stays within 30 KB gzip. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { resolveSitePath } from './support/static-server.ts';
import { attributeValues, listFiles, urlOf } from './support/site-files.ts';

const BUDGET = 30 * 1024;

function weight(root: string, url: string): number {
  const html = readFileSync(resolveSitePath(root, url)!, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
    readFileSync(resolveSitePath(root, m[1]!)!, 'utf8'),
  );
  expect(css.length, 'one stylesheet').toBeGreaterThan(0);
  return gzipSync(html).length + css.reduce((sum, c) => sum + gzipSync(c).length, 0);
}

describe('page weight', () => {
  it.each([
    ['seed', inject('seedSite')],
    ['rich', inject('richSite')],
  ])('keeps every task page of the %s site within 30 KB gzip (HTML + CSS)', (_name, root) => {
    const tasks = listFiles(root, '.html')
      .map(urlOf)
      .filter((u) => /^\/nhiem-vu\/[^/]+\/$/.test(u));
    expect(tasks.length).toBeGreaterThan(0);
    const heaviest = Math.max(...tasks.map((u) => weight(root, u)));
    expect(heaviest).toBeLessThanOrEqual(BUDGET);
    expect(attributeValues(readFileSync(resolveSitePath(root, tasks[0]!)!, 'utf8'), 'src')).toEqual([]);
  });
  it('counts the stylesheet as well as the HTML', () => {
    const root = inject('seedSite');
    const url = '/nhiem-vu/task-ntmn-biofloc/';
    const htmlOnly = gzipSync(readFileSync(resolveSitePath(root, url)!, 'utf8')).length;
    expect(weight(root, url)).toBeGreaterThan(htmlOnly + 1024);
    expect(path.isAbsolute(root)).toBe(true);
  });
});
