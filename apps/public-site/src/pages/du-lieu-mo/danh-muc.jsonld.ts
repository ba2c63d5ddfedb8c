import { dcatCatalogue } from '../../data/open-data.ts';
import { datasets, model } from '../../data/site.ts';

/** DCAT-AP catalogue of the open datasets. */
export const GET = () =>
  new Response(JSON.stringify(dcatCatalogue(model, datasets), null, 2), {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
