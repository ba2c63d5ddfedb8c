import { type RecordFeed, recordFeeds } from '../../data/feeds.ts';
import { model } from '../../data/site.ts';

/** The RSS feed of each record kind that has one (record-kinds.ts `site.feed`). */
export function getStaticPaths() {
  return recordFeeds(model).map((feed) => ({ params: { section: feed.segment }, props: { feed } }));
}

export const GET = ({ props }: { props: { feed: RecordFeed } }) => props.feed.response();
