/**
 * Progressive enhancement for list pages: builds one select per facet from the list's compact index and
 * shows the items matching every chosen value. Without JavaScript the facet links do the same, one at a time.
 * Text goes in through textContent only.
 */
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
  if (!list || !status) return;
  const response = await fetch(host.dataset.filterIndex ?? '');
  if (!response.ok) return;
  const index = (await response.json()) as FilterIndex;

  const form = el('form');
  form.className = 'filter-form';
  form.setAttribute('aria-label', 'Lọc kết hợp nhiều tiêu chí');
  const selects = index.facets.map((facet) => {
    const id = `loc-${facet.key}`;
    const label = el('label', facet.label);
    label.htmlFor = id;
    const select = el('select');
    select.id = id;
    select.name = facet.key;
    select.append(new Option('Tất cả', ''));
    for (const v of facet.values) select.append(new Option(`${v.label} (${v.count})`, v.slug));
    form.append(label, select);
    return select;
  });
  const submit = el('button', 'Lọc');
  submit.type = 'submit';
  const reset = el('button', 'Bỏ lọc');
  reset.type = 'reset';
  form.append(submit, reset);
  host.replaceChildren(form);
  host.hidden = false;

  const original = list.cloneNode(true) as HTMLElement;
  const originalStatus = status.textContent;

  const render = () => {
    const chosen = selects.filter((s) => s.value !== '').map((s) => [s.name, s.value] as const);
    const current = document.getElementById('danh-sach')!;
    if (chosen.length === 0) {
      current.replaceWith(original.cloneNode(true));
      status.textContent = originalStatus;
      if (pagination) pagination.hidden = false;
      return;
    }
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
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
  });
  form.addEventListener('reset', () => setTimeout(render, 0));
}

for (const host of document.querySelectorAll<HTMLElement>('[data-filter-index]')) void enhance(host);
