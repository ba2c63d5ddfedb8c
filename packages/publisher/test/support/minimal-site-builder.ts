import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { type PublicSnapshot, slugify } from '@khcn/domain';
import type { SiteBuilder } from '../../src/site-builder.ts';

/**
 * A small static site made from the snapshot file, standing in for the Astro build in pipeline tests (the Astro
 * site has its own tests). `leak` adds text to the output, to prove the canary check catches it; `fail` throws;
 * `delayMs` holds the build (crash tests).
 */
export function createMinimalSiteBuilder(
  options: {
    leak?: string;
    fail?: string;
    delayMs?: number;
    /** A hashed stylesheet under `_astro/` and a small search index under `pagefind/`, as the real build makes. */
    assets?: boolean;
    /** Documents under `files/` of this many bytes in all (deterministic), for uploads long enough to cut. */
    bulkBytes?: number;
    /** Text on the home page (a change between two releases). */
    homeText?: () => string;
  } = {},
): SiteBuilder {
  return async ({ snapshotPath, outDir, onStage, onLog }) => {
    const snapshot = JSON.parse(await readFile(snapshotPath, 'utf8')) as PublicSnapshot;
    onLog(`Đang dựng trang cho ${snapshot.reports.length} báo cáo`);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (options.fail) throw new Error(options.fail);
    const pages = new Map<string, string | Buffer>();
    const links: string[] = [];
    const page = (path: string, title: string, body: string) => {
      pages.set(
        path,
        `<!doctype html><html lang="vi"><title>${title}</title><body><a href="/">Trang chủ</a>${body}</body></html>`,
      );
      links.push(`<a href="/${path.replace(/index\.html$/, '')}">${title}</a>`);
    };
    for (const r of snapshot.reports) page(`bao-cao/${r.period}/index.html`, `Báo cáo ${r.period}`, '');
    for (const t of snapshot.tasks) page(`nhiem-vu/${slugify(t.title)}/index.html`, 'Nhiệm vụ', '');
    for (const l of snapshot.listings) page(`san-giao-dich/${l.id}/index.html`, 'Tin', '');
    for (const p of snapshot.publications) page(`an-pham/${p.id}/index.html`, 'Ấn phẩm', '');
    for (const i of snapshot.inspections) page(`thanh-tra-kiem-tra/${i.id}/index.html`, 'Thanh tra', '');
    const stylesheet = 'body{font-family:sans-serif}';
    const cssPath = `_astro/site.${createHash('sha256').update(stylesheet).digest('hex').slice(0, 8)}.css`;
    const head = options.assets ? `<link rel="stylesheet" href="/${cssPath}">` : '';
    pages.set(
      'index.html',
      `<!doctype html><html lang="vi">${head}<body>${options.homeText?.() ?? ''}${links.join('')}${options.leak ?? ''}</body></html>`,
    );
    if (options.assets) {
      pages.set(cssPath, stylesheet);
      const fragment = `pagefind/fragment/vi_${createHash('sha256').update(links.join('')).digest('hex').slice(0, 10)}.pf_fragment`;
      pages.set(fragment, links.join('\n'));
      pages.set('pagefind/pagefind-entry.json', JSON.stringify({ version: '1.6.0', fragments: [fragment] }));
    }
    for (let i = 0, left = options.bulkBytes ?? 0; left > 0; i++, left -= 1_048_576) {
      const size = Math.min(left, 1_048_576);
      const bytes = Buffer.alloc(size);
      for (let b = 0; b < size; b += 32) createHash('sha256').update(`${i}:${b}`).digest().copy(bytes, b);
      pages.set(`files/tai-lieu-${i}.pdf`, bytes);
    }
    onStage('indexing');
    for (const [path, html] of pages) {
      await mkdir(dirname(join(outDir, path)), { recursive: true });
      await writeFile(join(outDir, path), html);
    }
    await writeFile(join(outDir, 'du-lieu.json'), JSON.stringify(snapshot));
  };
}
