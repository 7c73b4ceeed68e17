import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, lineOf, parsePage, type OutputProblem, type ParsedPage } from './site';

export interface LinkOptions {
  /** Where the site is deployed, e.g. https://example.org/report/ (origin and base path). */
  site: string;
}

/** Attributes that point at another resource; srcset lists several. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'xlink:href'] as const;

/** The URL a page is served at: dist/a/index.html → <base>a/, dist/x.html → <base>x.html. */
function pageUrl(file: string, site: URL): URL {
  return new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
}

/**
 * Checks every internal href/src/srcset in the given pages: the target file must exist under `dir` and a
 * #fragment must name an element id (or <a name>) in the target page. External links are not fetched.
 */
export function checkLinks(dir: string, pages: string[], options: LinkOptions): OutputProblem[] {
  const site = new URL(options.site.endsWith('/') ? options.site : `${options.site}/`);
  const parsed = new Map<string, ParsedPage>();
  const page = (file: string) => {
    let p = parsed.get(file);
    if (!p) parsed.set(file, (p = parsePage(dir, file)));
    return p;
  };
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    let a = anchors.get(file);
    if (!a) {
      a = new Set(page(file).elements.flatMap((el) => [attr(el, 'id'), el.tagName === 'a' ? attr(el, 'name') : undefined].filter((x): x is string => !!x)));
      anchors.set(file, a);
    }
    return a;
  };

  const problems: OutputProblem[] = [];
  for (const file of pages) {
    const base = pageUrl(file, site);
    for (const el of page(file).elements) {
      const urls = URL_ATTRIBUTES.map((name) => attr(el, name)).filter((v): v is string => v !== undefined);
      const srcset = attr(el, 'srcset');
      if (srcset)
        urls.push(
          ...srcset
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
      for (const raw of urls) {
        const problem = checkUrl(raw, base, site, dir, anchorsOf);
        if (problem) problems.push({ file, line: lineOf(el), message: `<${el.tagName}> ${JSON.stringify(raw)}: ${problem}` });
      }
    }
  }
  return problems;
}

function checkUrl(raw: string, base: URL, site: URL, dir: string, anchorsOf: (file: string) => Set<string>): string | undefined {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol === 'javascript:') return 'javascript: URLs are not allowed';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined; // mailto:, data:, tel:
  if (url.origin !== site.origin) return undefined; // external; not fetched at build time
  if (!url.pathname.startsWith(site.pathname)) return `outside the site's base path ${site.pathname}`;

  const path = decodeURIComponent(url.pathname.slice(site.pathname.length));
  let target: string;
  if (path === '' || path.endsWith('/')) target = `${path}index.html`;
  else if (existsSync(join(dir, path)) && statSync(join(dir, path)).isDirectory()) return `points at a folder; write ${url.pathname}/ (trailing slash)`;
  else target = path;
  if (!existsSync(join(dir, target))) return `no such file ${target} in the built site`;

  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && target.endsWith('.html') && !anchorsOf(target).has(fragment)) return `no element with id "${fragment}" in ${target}`;
  return undefined;
}
