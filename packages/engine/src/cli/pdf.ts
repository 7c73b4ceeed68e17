/**
 * npm run pdf: prints the built site's print-all page (/print/) to <site>/report.pdf with Chromium
 * (Playwright): cover, contents, every chapter and figure in reading order, page numbers in the footer.
 * `npm run build` runs this on its staging folder, so the PDF the site links to always exists.
 *
 *   --dir <dir>   the built site (default dist)
 */
import { settings } from '../settings';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

export const CHROMIUM = settings.chromium();
const ORIGIN = 'http://report.invalid';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.csv': 'text/csv', '.woff2': 'font/woff2',
};

const footer = (title: string) => `<div style="font: 8pt system-ui, sans-serif; color: #444; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">
  <span>${title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

/**
 * Chromium stamps the PDF with the time of printing; a build must not depend on the clock, so both dates
 * become the vintage's publication date. Same-length replacement keeps the PDF's byte offsets valid.
 */
export function withFixedDates(pdf: Buffer, publishedIso: string): Buffer {
  const ymd = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(publishedIso);
  const stamp = ymd ? `${ymd[1]}${ymd[2]}${ymd[3] ?? '01'}000000` : '20000101000000';
  const text = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_m, key: string) => `/${key} (D:${stamp}`);
  return Buffer.from(text, 'latin1');
}

/**
 * Page numbers (1-based) of named destinations in a Chromium PDF. Chromium writes each link target
 * (`#id`) as a named destination `/id [<page object> 0 R /XYZ …]`; the page tree gives the page's position.
 */
export function anchorPages(pdf: Buffer, anchors: string[]): Map<string, number> {
  const text = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|\s)(\d+) 0 obj\s*(<<[\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!.slice(0, 2000));
  const order: string[] = [];
  const visit = (id: string) => {
    const body = objects.get(id) ?? '';
    if (/\/Type\s*\/Pages\b/.test(body)) {
      for (const kid of /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1]?.matchAll(/(\d+) 0 R/g) ?? []) visit(kid[1]!);
    } else order.push(id);
  };
  const root = [...objects].find(([, body]) => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent\b/.test(body));
  if (root) visit(root[0]);
  const found = new Map<string, number>();
  for (const anchor of anchors) {
    const escaped = anchor.replace(/[^A-Za-z0-9_.-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/[.]/g, '\\.');
    const m = new RegExp(`/${escaped}\\s*\\[(\\d+) 0 R`).exec(text);
    const index = m ? order.indexOf(m[1]!) : -1;
    if (index >= 0) found.set(anchor, index + 1);
  }
  return found;
}

/** Prints `<siteDir><base>print/` to `outFile`. The site is served from disk through request interception, no port. */
export async function renderPdf(siteDir: string, outFile: string, base = settings.base()): Promise<void> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      let rel = decodeURIComponent(pathname).startsWith(prefix) ? decodeURIComponent(pathname).slice(prefix.length) : null;
      if (rel === null) return route.fulfill({ status: 404, body: 'outside the site base' });
      let file = join(siteDir, rel);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const res = await page.goto(`${ORIGIN}${prefix}print/`, { waitUntil: 'load' });
    if (!res?.ok()) throw new Error(`the print page ${prefix}print/ was not found in ${siteDir} (status ${res?.status()})`);
    const title = (await page.locator('#cover-title').textContent())?.trim() ?? 'Report';
    const published = (await page.locator('[data-published]').first().getAttribute('data-published')) ?? '';
    const print = () => page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(title),
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      outline: true,
      tagged: true,
    });
    // Two passes: the first finds the page each contents entry lands on, the second prints them in the contents.
    const first = await print();
    const anchors = await page.locator('[data-toc-page]').evaluateAll((nodes) => nodes.map((el) => (el as HTMLElement).dataset.tocPage!));
    const pages = anchorPages(first, anchors);
    await page.evaluate((found) => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-toc-page]')) el.textContent = String(found[el.dataset.tocPage!] ?? '');
    }, Object.fromEntries(pages));
    const pdf = anchors.length && pages.size ? await print() : first;
    writeFileSync(outFile, withFixedDates(pdf, published));
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const dir = resolve(values.dir!);
  if (!existsSync(join(dir, 'print', 'index.html'))) {
    console.error(`No built site in ${values.dir}/ (print/index.html is missing); run npm run build first.`);
    process.exit(1);
  }
  const started = performance.now();
  await renderPdf(dir, join(dir, 'report.pdf'));
  console.log(`Wrote ${values.dir}/report.pdf in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
