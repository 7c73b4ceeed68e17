import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site (dist/), as URL paths: the site's own pages and those of other features. */
export function allPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const rel = relative(dir, join(dir, name)).split('\\').join('/');
    if (rel === '404.html') pages.push('/404.html');
    else if (rel.endsWith('index.html')) pages.push(`/${rel.slice(0, -'index.html'.length)}`);
  }
  return pages.sort();
}
