/** The RSS feeds: one per kind of public record, newest first. */
import rss from '@astrojs/rss';
import { formatPeriod } from '@khcn/domain';
import { model, site } from './site.ts';

type FeedItem = { title: string; link: string; description: string; pubDate: Date };
const FEED_SIZE = 50;

const periodDate = (period: string) => new Date(`${period}-01T00:00:00+07:00`);

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

export function feedResponse(
  kind: 'reports' | 'listings' | 'publications' | 'inspections',
): Promise<Response> {
  let title = '';
  let items: FeedItem[] = [];
  if (kind === 'reports') {
    title = 'Báo cáo hằng tháng';
    items = model.reports.slice(0, FEED_SIZE).map((r) => ({
      title: `${r.title} (${r.current.numberText})`,
      link: r.url,
      description: r.current.edition.content.subject,
      pubDate: new Date(r.current.edition.approvedAt),
    }));
  } else if (kind === 'listings') {
    title = 'Sàn giao dịch công nghệ';
    items = [...model.listings.items]
      .sort((a, b) => (a.listing.listedOn < b.listing.listedOn ? 1 : -1))
      .slice(0, FEED_SIZE)
      .map((l) => ({
        title: `${l.kindLabel}: ${l.listing.title}`,
        link: l.url,
        description: l.listing.summary,
        pubDate: new Date(`${l.listing.renewedOn ?? l.listing.listedOn}T00:00:00+07:00`),
      }));
  } else if (kind === 'publications') {
    title = 'Bản tin và ấn phẩm KH&CN';
    items = [...model.publications.items]
      .sort((a, b) => (a.publication.period < b.publication.period ? 1 : -1))
      .slice(0, FEED_SIZE)
      .map((p) => ({
        title: p.publication.title,
        link: p.url,
        description: p.publication.summary ?? `${p.kindLabel} năm ${p.publication.year}`,
        pubDate: p.publication.publishedOn
          ? new Date(`${p.publication.publishedOn}T00:00:00+07:00`)
          : periodDate(p.publication.period),
      }));
  } else {
    title = 'Kết quả thanh tra, kiểm tra';
    items = model.inspections.items.slice(0, FEED_SIZE).map((i) => ({
      title: `${i.kindLabel}: ${i.inspection.title}`,
      link: i.url,
      description: `${i.inspection.subjectArea}, ${formatPeriod(i.inspection.period)}`,
      pubDate: i.inspection.conclusionDate
        ? new Date(`${i.inspection.conclusionDate}T00:00:00+07:00`)
        : periodDate(i.inspection.period),
    }));
  }
  return rss({
    title: `${title} - ${site.departmentName}`,
    description: escapeFeedText(`${title} do ${site.departmentName} công khai.`),
    site: model.siteUrl,
    items: items.map((item) => ({ ...item, description: escapeFeedText(item.description) })),
    customData: '<language>vi</language>',
  });
}
