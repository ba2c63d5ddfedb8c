import { model } from '../../data/site.ts';
import { type Collection, filterIndex } from '../../data/site-model.ts';

/** Compact index of each list for the list filter script. */
export function getStaticPaths() {
  return model.collections.map((collection) => ({
    params: { section: collection.segment },
    props: { collection },
  }));
}

export const GET = ({ props }: { props: { collection: Collection } }) =>
  new Response(JSON.stringify(filterIndex(props.collection)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
