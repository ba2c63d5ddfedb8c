/**
 * When each page's content last changed, from the data (the approval time of the edition that published it),
 * never from the build clock: the sitemap's `lastmod`. A record page changes with the edition its public
 * fields are as of; every page of a list with the newest item of the whole list (each shows counts of all);
 * a report page with its edition; pages built from every report (home, archive, figures, open data, the
 * English page) with the newest approval. Pages that no data shapes (search, the accessibility statement)
 * get none.
 */
import type { EditionRef } from '@khcn/domain';
import { listPages, type SiteModel } from './site-model.ts';
import { latestApproval } from './structured-data.ts';

/** ISO date-times by site path (`/nhiem-vu/task-0001/`). */
export function pageLastModified(model: SiteModel): Map<string, string> {
  const approvedAt = new Map<string, string>();
  for (const report of model.reports)
    for (const e of report.editions) approvedAt.set(`${report.period}:${e.editionNo}`, e.edition.approvedAt);
  const at = (ref: EditionRef) => approvedAt.get(`${ref.period}:${ref.editionNo}`);
  const newest = (dates: Array<string | undefined>) => {
    let best: string | undefined;
    for (const d of dates) if (d && (!best || Date.parse(d) > Date.parse(best))) best = d;
    return best;
  };

  const dates = new Map<string, string>();
  const set = (path: string, date: string | undefined | null) => {
    if (date) dates.set(path, date);
  };

  const latest = latestApproval(model);
  for (const path of ['/', '/bao-cao/', '/so-lieu/', '/du-lieu-mo/', '/en/about/']) set(path, latest);
  for (const report of model.reports) for (const e of report.editions) set(e.url, e.edition.approvedAt);

  // Every page of a list shows counts over the whole collection (facets, "Tất cả (n)"): it changes with any item.
  for (const c of model.collections) {
    for (const item of c.items) set(item.url, at(item.record.asOf));
    const listDate = newest(c.items.map((item) => at(item.record.asOf)));
    for (const page of listPages(c)) set(page.url, listDate);
  }
  return dates;
}

/**
 * The `lastmod` of a sitemap URL: its page's date, else (a figures page) the newest approval, else none.
 */
export function lastModifiedOf(dates: ReadonlyMap<string, string>, pathname: string): string | undefined {
  return dates.get(pathname) ?? (pathname.startsWith('/so-lieu/') ? dates.get('/so-lieu/') : undefined);
}
