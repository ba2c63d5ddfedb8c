/**
 * Progressive enhancement for list pages: fills the page's select of each facet from the list's compact index
 * and shows the items matching every chosen value. Without JavaScript the facet links do the same, one at a time.
 * The chosen values live in the query (`?level=cap-tinh&year=2024`), so a filtered list can be shared: on
 * load they are applied, and the folded filters open and count them as a facet page's do. On a facet page the
 * page's facet is chosen in the form; taking it away goes to the whole list, keeping the other criteria.
 * Text goes in through textContent only.
 */
import { activeFilterText } from '../data/filter-count.ts';
type FilterIndex = {
  facets: Array<{
    key: string;
    label: string;
    values: Array<{ slug: string; label: string; count: number }>;
  }>;
  items: Array<{ t: string; u: string; m: Array<[string, string]>; f: Record<string, string>; n?: string }>;
};

const MAX_SHOWN = 200;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function enhance(host: HTMLElement): Promise<void> {
  const list = document.getElementById('danh-sach');
  const status = document.querySelector<HTMLElement>('.filter-status');
  const pagination = document.querySelector<HTMLElement>('.pagination');
  const box = host.closest('details');
  const count = box?.querySelector<HTMLElement>('[data-filter-count]');
  if (!list || !status) return;
  const response = await fetch(host.dataset.filterIndex ?? '');
  if (!response.ok) return;
  const index = (await response.json()) as FilterIndex;

  // The form is in the page (shown from the first paint when scripting is on); the index gives its options.
  const form = host.querySelector('form');
  if (!form) return;
  const selects = [...form.querySelectorAll('select')];
  for (const select of selects) {
    const facet = index.facets.find((f) => f.key === select.name);
    for (const v of facet?.values ?? []) select.append(new Option(`${v.label} (${v.count})`, v.slug));
  }
  host.hidden = false;
  // A facet page (`/nhiem-vu/cap/cap-tinh/`) is that facet chosen: the form says so, and taking it away is the
  // whole list.
  const [pageFacet, pageValue] = host.dataset.filterPage?.split('=') ?? [];
  const onFacetPage = selects.some(
    (s) => s.name === pageFacet && [...s.options].some((o) => o.value === pageValue),
  );
  for (const select of selects) if (onFacetPage && select.name === pageFacet) select.value = pageValue!;

  const original = list.cloneNode(true) as HTMLElement;
  const originalStatus = status.textContent;
  const originalCount = count?.textContent ?? '';

  const render = () => {
    const chosen = selects.filter((s) => s.value !== '').map((s) => [s.name, s.value] as const);
    const current = document.getElementById('danh-sach')!;
    if (onFacetPage && !chosen.some(([k, v]) => k === pageFacet && v === pageValue)) {
      // The page's own facet was taken away: the whole list, with what is still chosen in its address.
      const url = new URL(host.dataset.filterBase ?? '/', window.location.href);
      for (const [k, v] of chosen) url.searchParams.set(k, v);
      window.location.assign(url);
      return;
    }
    if (chosen.length === 0) {
      current.replaceWith(original.cloneNode(true));
      status.textContent = originalStatus;
      if (count) count.textContent = originalCount;
      if (pagination) pagination.hidden = false;
      return;
    }
    if (count) count.textContent = activeFilterText(chosen.length);
    if (box) box.open = true;
    const matches = index.items.filter((item) => chosen.every(([k, v]) => item.f[k] === v));
    const fresh = el('ol');
    fresh.className = 'items';
    fresh.id = 'danh-sach';
    for (const item of matches.slice(0, MAX_SHOWN)) {
      const li = el('li');
      const a = el('a', item.t);
      a.className = 'title';
      a.href = item.u;
      li.append(a);
      if (item.n) {
        const badge = el('span', item.n);
        badge.className = 'badge';
        li.append(badge);
      }
      const dl = el('dl');
      dl.className = 'meta';
      for (const [k, v] of item.m) {
        const div = el('div');
        div.append(el('dt', k), el('dd', v));
        dl.append(div);
      }
      li.append(dl);
      fresh.append(li);
    }
    current.replaceWith(fresh);
    if (pagination) pagination.hidden = true;
    status.textContent =
      matches.length > MAX_SHOWN
        ? `Tìm thấy ${matches.length} mục; hiển thị ${MAX_SHOWN} mục đầu. Hãy chọn thêm tiêu chí.`
        : `Tìm thấy ${matches.length} mục.`;
  };
  /** The chosen values into the address (replacing it: filtering is not a new page in the history). */
  const remember = () => {
    const url = new URL(window.location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    window.history.replaceState(null, '', url);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
    remember();
  });
  form.addEventListener('reset', () =>
    setTimeout(() => {
      render();
      remember();
    }, 0),
  );

  // Values from the address (a shared link): only those the index knows.
  const query = new URLSearchParams(window.location.search);
  let fromQuery = false;
  for (const select of selects) {
    const value = query.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
      fromQuery = true;
    }
  }
  if (fromQuery) render();
}

for (const host of document.querySelectorAll<HTMLElement>('[data-filter-index]')) void enhance(host);
