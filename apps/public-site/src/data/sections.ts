/**
 * The sections of the site: what the main navigation lists and what a shared link shows. Each section has one
 * preview image (`/anh-chia-se/<slug>.png`), built once per site build, not per page; pages outside every
 * section (the accessibility statement, the English page, 404) share the home section's image.
 */
import {
  anyRecordKind,
  type PublicRecordKind,
  publicRecordKinds,
  type RecordKindRegistry,
} from '@khcn/domain';

/** A record kind's section is named by its collection ("tasks"). */
export type SectionKey =
  | 'home'
  | 'reports'
  | RecordKindRegistry[PublicRecordKind]['collection']
  | 'figures'
  | 'open-data'
  | 'search';

export type SiteSection = {
  key: SectionKey;
  /** Label in the navigation. */
  label: string;
  /** The section's landing page. */
  url: string;
  /** File name of its preview image, without `.png`. */
  slug: string;
  /** What its preview image says. */
  headline: string;
};

export const siteSections: readonly SiteSection[] = [
  {
    key: 'home',
    label: 'Trang chủ',
    url: '/',
    slug: 'trang-chu',
    headline: 'Công khai thông tin khoa học và công nghệ',
  },
  {
    key: 'reports',
    label: 'Báo cáo',
    url: '/bao-cao/',
    slug: 'bao-cao',
    headline: 'Báo cáo hoạt động hằng tháng',
  },
  // One section per record kind with pages, as the registry names it.
  ...publicRecordKinds.map((kind): SiteSection => {
    const { collection, site } = anyRecordKind(kind);
    return {
      key: collection as SectionKey,
      label: site!.nav,
      url: `/${site!.segment}/`,
      slug: site!.segment,
      headline: site!.title,
    };
  }),
  {
    key: 'figures',
    label: 'Số liệu',
    url: '/so-lieu/',
    slug: 'so-lieu',
    headline: 'Số liệu hoạt động KH&CN',
  },
  {
    key: 'open-data',
    label: 'Dữ liệu mở',
    url: '/du-lieu-mo/',
    slug: 'du-lieu-mo',
    headline: 'Dữ liệu mở: JSON và CSV',
  },
  {
    key: 'search',
    label: 'Tìm kiếm',
    url: '/tim-kiem/',
    slug: 'tim-kiem',
    headline: 'Tìm kiếm có dấu hoặc không dấu',
  },
];

/** The section a page belongs to; the home section for pages outside every section. */
export function sectionOf(key: SectionKey | undefined): SiteSection {
  return siteSections.find((s) => s.key === key) ?? siteSections[0]!;
}

/** Site path of a section's preview image. */
export function previewImagePath(section: SiteSection): string {
  return `/anh-chia-se/${section.slug}.png`;
}

/** Size of every preview image (the 1.91:1 size Open Graph consumers expect). */
export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;
