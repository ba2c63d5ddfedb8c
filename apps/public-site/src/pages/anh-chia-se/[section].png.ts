import { renderPreviewImage } from '../../data/preview-image.ts';
import { type SiteSection, siteSections } from '../../data/sections.ts';
import { model, site } from '../../data/site.ts';

/** One preview image per section (Open Graph), not per page: every page of a section links the same file. */
export function getStaticPaths() {
  return siteSections.map((section) => ({ params: { section: section.slug }, props: { section } }));
}

export const GET = async ({ props }: { props: { section: SiteSection } }) =>
  new Response(new Uint8Array(await renderPreviewImage(site, props.section, model.siteUrl)), {
    headers: { 'Content-Type': 'image/png' },
  });
