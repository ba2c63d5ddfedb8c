/**
 * One page of each type of the rich test site (`createRichSnapshot`): what the browser tests and the Lighthouse
 * benchmark open. `list` marks the list pages whose first result must be on a phone's first screen.
 */
export type PageType = { type: string; url: string; list?: boolean };

const corrected = '/bao-cao/2023-06/';
export const pageTypes: readonly PageType[] = [
  { type: 'home', url: '/' },
  { type: 'report archive', url: '/bao-cao/' },
  { type: 'report', url: corrected },
  { type: 'earlier edition', url: `${corrected}lan-1/` },
  { type: 'task list', url: '/nhiem-vu/', list: true },
  { type: 'task facet page', url: '/nhiem-vu/cap/cap-tinh/', list: true },
  { type: 'task', url: '/nhiem-vu/task-0001/' },
  { type: 'listing list', url: '/san-giao-dich/', list: true },
  { type: 'listing', url: '/san-giao-dich/listing-0001/' },
  { type: 'publication list', url: '/an-pham/', list: true },
  { type: 'publication', url: '/an-pham/publication-0001/' },
  { type: 'inspection list', url: '/thanh-tra-kiem-tra/', list: true },
  { type: 'inspection', url: '/thanh-tra-kiem-tra/inspection-0001/' },
  { type: 'declaration list', url: '/cong-bo-hop-chuan-hop-quy/', list: true },
  { type: 'declaration', url: '/cong-bo-hop-chuan-hop-quy/declaration-0001/' },
  { type: 'figures', url: '/so-lieu/' },
  { type: 'figure', url: '/so-lieu/metrology-instruments-inspected/' },
  { type: 'open data', url: '/du-lieu-mo/' },
  { type: 'search with results', url: '/tim-kiem/?q=do+luong' },
  { type: 'accessibility statement', url: '/kha-nang-tiep-can/' },
  { type: 'English page', url: '/en/about/' },
  { type: 'not found', url: '/khong-co-trang-nay/' },
];

/** The address answered with the site's 404 page. */
export const isNotFound = (url: string) => url.startsWith('/khong-co');
