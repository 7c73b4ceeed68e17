/**
 * Theme toggle. Without JavaScript the page follows prefers-color-scheme through CSS alone; this script
 * only adds a reader's explicit choice: data-theme on <html> (which the CSS lets override the media query),
 * remembered in localStorage, and it reveals the toggle button, which is hidden until it can work.
 */
const KEY = 'report-theme';
const root = document.documentElement;
const media = window.matchMedia('(prefers-color-scheme: dark)');

function stored(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: the choice lasts for this page only
  }
}

const saved = stored();
if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;

const effective = () => root.dataset.theme ?? (media.matches ? 'dark' : 'light');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String(effective() === 'dark'));
  sync();
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = effective() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      /* not persisted; still applied */
    }
    sync();
  });
  media.addEventListener('change', sync);
}

export {};
