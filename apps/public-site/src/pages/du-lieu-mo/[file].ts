import type { APIRoute } from 'astro';
import { datasets } from '../../data/site.ts';
import type { Dataset } from '../../data/open-data.ts';

export function getStaticPaths() {
  return datasets.flatMap((dataset) => [
    { params: { file: `${dataset.slug}.json` }, props: { dataset, format: 'json' as const } },
    { params: { file: `${dataset.slug}.csv` }, props: { dataset, format: 'csv' as const } },
  ]);
}

export const GET: APIRoute<{ dataset: Dataset; format: 'json' | 'csv' }> = ({ props }) =>
  props.format === 'json'
    ? new Response(JSON.stringify(props.dataset.json()), {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      })
    : new Response(props.dataset.csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
