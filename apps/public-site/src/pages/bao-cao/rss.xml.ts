import { reportsFeed } from '../../data/feeds.ts';
import { model } from '../../data/site.ts';

export const GET = () => reportsFeed(model);
