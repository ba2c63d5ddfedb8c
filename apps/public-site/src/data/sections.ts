/**
 * The sections of the site: what the main navigation lists and what a shared link shows. Each section has one
 * preview image (`/anh-chia-se/<slug>.png`), built once per site build, not per page; pages outside every
 * section (the accessibility statement, the English page, 404) share the home section's image.
 */
export type SectionKey =
  | 'home'
  | 'reports'
  | 'tasks'
  | 'listings'
  | 'publications'
  | 'inspections'
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
  {
    key: 'tasks',
    label: 'Nhiệm vụ KH&CN',
    url: '/nhiem-vu/',
    slug: 'nhiem-vu',
    headline: 'Nhiệm vụ khoa học và công nghệ',
  },
  {
    key: 'listings',
    label: 'Sàn giao dịch',
    url: '/san-giao-dich/',
    slug: 'san-giao-dich',
    headline: 'Sàn giao dịch công nghệ',
  },
  {
    key: 'publications',
    label: 'Ấn phẩm',
    url: '/an-pham/',
    slug: 'an-pham',
    headline: 'Bản tin và ấn phẩm KH&CN',
  },
  {
    key: 'inspections',
    label: 'Thanh tra, kiểm tra',
    url: '/thanh-tra-kiem-tra/',
    slug: 'thanh-tra-kiem-tra',
    headline: 'Kết quả thanh tra, kiểm tra',
  },
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
