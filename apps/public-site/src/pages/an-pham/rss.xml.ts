import { feedResponse } from '../../data/feeds.ts';

export const GET = () => feedResponse('publications');
