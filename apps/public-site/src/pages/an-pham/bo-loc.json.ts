import { model } from '../../data/site.ts';
import { filterIndex } from '../../data/site-model.ts';

/** Compact index for the list filter script. */
export const GET = () =>
  new Response(JSON.stringify(filterIndex(model.publications)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
