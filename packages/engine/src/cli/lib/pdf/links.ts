/**
 * Runs in the print page before printing: every link either stays inside the PDF (its target is printed) or
 * points at the published site. The page is served from a private origin while printing, so a site-relative
 * link would otherwise end up in the PDF under that made-up address.
 *
 * Self-contained (no imports, no closures): Playwright sends its source text to the browser.
 */
export function rewriteLinksForPdf(where: { site: string; base: string }): { inside: number; site: number } {
  const counts = { inside: 0, site: 0 };
  const { site } = where;
  const base = new URL(where.base, location.href);
  // Sections of the print page that stand for a page of the site, e.g. a chapter: <section data-page="/base/why-now/">.
  const sections = new Map<string, Element>();
  for (const el of document.querySelectorAll('[data-page]')) sections.set(new URL(el.getAttribute('data-page')!, location.href).pathname, el);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(a.getAttribute('href')!, location.href);
    if (url.origin !== location.origin) continue; // already absolute: a source, a licence, mailto:
    const id = decodeURIComponent(url.hash.slice(1));
    const section = sections.get(url.pathname);
    const onThisPage = url.pathname === location.pathname;
    if ((onThisPage || section) && id && document.getElementById(id) && (onThisPage || section!.contains(document.getElementById(id)))) {
      a.setAttribute('href', `#${id}`);
      counts.inside++;
    } else if (section && !id && section.id) {
      a.setAttribute('href', `#${section.id}`);
      counts.inside++;
    } else {
      const relative = url.pathname.startsWith(base.pathname) ? url.pathname.slice(base.pathname.length) : url.pathname.replace(/^\//, '');
      a.setAttribute('href', new URL(relative + url.search + url.hash, site).href);
      counts.site++;
    }
  }
  return counts;
}
