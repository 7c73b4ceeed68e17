/**
 * Search page: queries the Pagefind index that the build writes into <site>/pagefind/. The page says that
 * search needs JavaScript until this script replaces that message.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const statusEl = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const input = document.querySelector<HTMLInputElement>('#search-query');
const form = input?.form;

if (statusEl && list && input && form) {
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= import(/* @vite-ignore */ statusEl.dataset.pagefindUrl!).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: statusEl.dataset.base! });
      return pf;
    });
    return pagefind;
  };
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    if (!query.trim()) {
      statusEl.textContent = 'Type a word or phrase to search the chapters.';
      return;
    }
    statusEl.textContent = 'Searching…';
    try {
      const pf = await load();
      const found = await pf.search(query);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest) return;
      for (const d of data) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        // Pagefind's excerpt is escaped page text with <mark> around the matches.
        p.innerHTML = d.excerpt;
        li.append(a, p);
        list.append(li);
      }
      const n = found.results.length;
      statusEl.textContent = `${n === 0 ? 'No' : n} result${n === 1 ? '' : 's'} for “${query}”${n > 20 ? ' (showing the first 20)' : ''}.`;
    } catch {
      statusEl.textContent = 'The search index could not be loaded. Every chapter is listed on the contents page.';
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  void run(initial);
}

export {};
