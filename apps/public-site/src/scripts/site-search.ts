/**
 * Site search on the Pagefind index: query, filters by kind, year and field. Results are built with
 * textContent only; Pagefind's highlighted excerpt is rebuilt from its <mark> ranges, never inserted as HTML.
 */
type PagefindResult = { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
};

const PAGE = 20;
const form = document.getElementById('tim-kiem') as HTMLFormElement | null;
const status = document.getElementById('trang-thai-tim-kiem');
const list = document.getElementById('ket-qua-tim-kiem');

/** Appends Pagefind's excerpt as text, keeping only its <mark> highlights. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else {
      const text = part.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) =>
        e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
      );
      if (marked) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        target.append(mark);
      } else target.append(text);
    }
  }
}

async function start(): Promise<void> {
  if (!form || !status || !list) return;
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  const available = await pagefind.filters();
  const selects: Record<string, HTMLSelectElement> = {};
  for (const key of ['kind', 'year', 'field']) {
    const select = form.elements.namedItem(key) as HTMLSelectElement;
    selects[key] = select;
    const values = Object.keys(available[key] ?? {}).sort((a, b) =>
      key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi'),
    );
    for (const v of values) select.append(new Option(`${v} (${available[key]![v]})`, v));
  }
  const params = new URLSearchParams(location.search);
  const input = form.elements.namedItem('q') as HTMLInputElement;
  input.value = params.get('q') ?? '';
  for (const [key, select] of Object.entries(selects)) select.value = params.get(key) ?? '';
  status.textContent = 'Nhập từ khóa để tìm kiếm.';

  const run = async () => {
    const q = input.value.trim();
    const filters: Record<string, string> = {};
    for (const [key, select] of Object.entries(selects)) if (select.value) filters[key] = select.value;
    list.replaceChildren();
    if (!q && Object.keys(filters).length === 0) {
      status.textContent = 'Nhập từ khóa để tìm kiếm.';
      return;
    }
    status.textContent = 'Đang tìm…';
    const search = await pagefind.search(q || null, { filters });
    const shown = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
    for (const item of shown) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.className = 'title';
      a.textContent = item.meta.title ?? item.url;
      const p = document.createElement('p');
      appendExcerpt(p, item.excerpt);
      li.append(a, p);
      list.append(li);
    }
    status.textContent =
      search.results.length === 0
        ? 'Không tìm thấy kết quả nào.'
        : `Tìm thấy ${search.results.length} kết quả${search.results.length > PAGE ? `; hiển thị ${PAGE} kết quả đầu` : ''}.`;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [key, select] of Object.entries(selects)) if (select.value) next.set(key, select.value);
    history.replaceState(null, '', `?${next}`);
    void run();
  });
  await run();
}

start().catch(() => {
  if (status) status.textContent = 'Không tải được chỉ mục tìm kiếm. Vui lòng thử lại sau.';
});
export {};
