/** The RSS feeds: the reports', and one per record kind that has one (record-kinds.ts `site.feed`), newest first. */
import rss from '@astrojs/rss';
import { anyRecordKind } from '@khcn/domain';
import { site } from './site.ts';
import type { Collection, SiteModel } from './site-model.ts';

type FeedItem = { title: string; link: string; description: string; pubDate: Date };
const FEED_SIZE = 50;

/** A day in Việt Nam, as the instant it starts. */
const vietnamDay = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);

/**
 * RSS readers render an item's description as HTML: the record's text is escaped here, so it reaches the reader
 * as the words typed, never as markup (the XML layer escapes once more, for XML).
 */
const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeFeedText = (text: string) => text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);

function feed(model: SiteModel, title: string, items: FeedItem[]): Promise<Response> {
  return rss({
    title: `${title} - ${site.departmentName}`,
    description: escapeFeedText(`${title} do ${site.departmentName} công khai.`),
    site: model.siteUrl,
    items: items.map((item) => ({ ...item, description: escapeFeedText(item.description) })),
    customData: '<language>vi</language>',
  });
}

/** The approved reports, newest first. */
export function reportsFeed(model: SiteModel): Promise<Response> {
  return feed(
    model,
    'Báo cáo hằng tháng',
    model.reports.slice(0, FEED_SIZE).map((r) => ({
      title: `${r.title} (${r.current.numberText})`,
      link: r.url,
      description: r.current.edition.content.subject,
      pubDate: new Date(r.current.edition.approvedAt),
    })),
  );
}

/** A kind's records newest first (its feed's order) with its feed's entries; none when the kind has no feed. */
function newest(collection: Collection) {
  const spec = anyRecordKind(collection.kind).site?.feed;
  if (!spec) return null;
  const views = [...collection.items];
  if (spec.order) views.sort((a, b) => spec.order!(a.record, b.record));
  return { views, entry: spec.entry };
}

export type RecordFeed = { segment: string; title: string; response: () => Promise<Response> };

/** The feed of each record kind that has one: its newest records, at `/<segment>/rss.xml`. */
export function recordFeeds(model: SiteModel): RecordFeed[] {
  return model.collections.flatMap((collection) => {
    const records = newest(collection);
    if (!records) return [];
    const items = () =>
      records.views.slice(0, FEED_SIZE).map((view) => {
        const entry = records.entry(view.record);
        return {
          title: entry.title,
          link: view.url,
          description: entry.description,
          pubDate: vietnamDay(entry.date),
        };
      });
    const { title } = collection;
    return [{ segment: collection.segment, title, response: () => feed(model, title, items()) }];
  });
}

/** The newest records of each kind that has a feed (the home page's lists). */
export function newestRecords(model: SiteModel, count: number) {
  return model.collections.flatMap((collection) => {
    const records = newest(collection);
    return records ? [{ collection, items: records.views.slice(0, count).map((v) => v.summary) }] : [];
  });
}
