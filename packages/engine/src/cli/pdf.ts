/**
 * npm run pdf: prints the built site's print-all page (/print/) to <site>/report.pdf with Chromium
 * (Playwright): cover, contents, list of figures, every chapter, sources.
 * `npm run build` runs this on its staging folder, so the PDF the site links to always exists.
 *
 * Chromium has no CSS target-counter(), so page numbers take two passes: print, read the page each anchor landed
 * on from the PDF's named destinations, write the numbers into the contents, print again (and again, should the
 * numbers have moved anything). pdf-lib then fixes bookmark titles, stamps the running header and footer and
 * pins the dates.
 *
 *   --dir <dir>   the built site (default dist)
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { settings } from '../settings';
import { fixDates, retitleOutline, stampRunningTitles } from './lib/pdf/finish';
import { rewriteLinksForPdf } from './lib/pdf/links';
import { loadPdf, namedDestinations } from './lib/pdf/read';

export const CHROMIUM = settings.chromium();
/** The origin the print page is served from while printing; no link in the PDF may keep it. */
export const PRINT_ORIGIN = 'http://report.invalid';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.woff2': 'font/woff2',
};
const MAX_PASSES = 4;

/** Page numbers (1-based) of named destinations in a PDF. */
export async function anchorPages(pdf: Uint8Array): Promise<Map<string, number>> {
  return new Map([...namedDestinations(await loadPdf(pdf))].map(([name, d]) => [name, d.page]));
}

interface PrintFacts {
  site: string;
  author: string;
  subject: string;
  published: string;
  report: string;
  vintage: string;
  chapters: { id: string; title: string }[];
  headings: string[];
}

/** Prints `<siteDir><base>print/` to `outFile`. The site is served from disk through request interception, no port. */
export async function renderPdf(siteDir: string, outFile: string, base = settings.base()): Promise<void> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route(`${PRINT_ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      const rel = decodeURIComponent(pathname).startsWith(prefix) ? decodeURIComponent(pathname).slice(prefix.length) : null;
      if (rel === null) return route.fulfill({ status: 404, body: 'outside the site base' });
      let file = join(siteDir, rel);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    });
    // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it defined there.
    await page.addInitScript('globalThis.__name = (fn) => fn');
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const res = await page.goto(`${PRINT_ORIGIN}${prefix}print/`, { waitUntil: 'load' });
    if (!res?.ok()) throw new Error(`the print page ${prefix}print/ was not found in ${siteDir} (status ${res?.status()})`);
    await page.evaluate(() => document.fonts.ready);

    const facts: PrintFacts = await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('[data-print-root]');
      if (!root) throw new Error('the print page has no [data-print-root] element');
      const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
      return {
        site: root.dataset.site ?? '',
        author: root.dataset.author ?? '',
        subject: root.dataset.subject ?? '',
        published: root.dataset.published ?? '',
        report: root.dataset.shortTitle ?? '',
        vintage: root.dataset.vintage ?? '',
        chapters: [...document.querySelectorAll<HTMLElement>('[data-running-title]')].map((el) => ({ id: el.id, title: el.dataset.runningTitle! })),
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
          .filter((h) => (h as HTMLElement).offsetParent !== null || h.getClientRects().length > 0)
          .map((h) => clean(h.textContent)),
      };
    });
    if (!facts.site) throw new Error('the print page names no site address (data-site): links in the PDF would have nowhere to point');
    await page.evaluate(rewriteLinksForPdf, { site: facts.site, base: prefix });

    // Margins come from the print stylesheet's @page rules (the cover has none).
    const print = () => page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
    const numbered = await page.locator('[data-toc-page]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.tocPage!));
    let pdf = await print();
    let pages = await anchorPages(pdf);
    for (let pass = 2; pass <= MAX_PASSES && numbered.length > 0; pass++) {
      const missing = numbered.filter((a) => !pages.has(a));
      if (missing.length > 0) throw new Error(`the contents list anchors the PDF does not contain: ${missing.join(', ')}`);
      await page.evaluate((found) => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-toc-page]')) el.textContent = String(found[el.dataset.tocPage!] ?? '');
      }, Object.fromEntries(pages));
      pdf = await print();
      const again = await anchorPages(pdf);
      const moved = numbered.some((a) => again.get(a) !== pages.get(a));
      pages = again;
      if (!moved) break;
      if (pass === MAX_PASSES) throw new Error(`page numbers in the contents did not settle after ${MAX_PASSES} passes`);
    }

    const doc = await loadPdf(pdf);
    retitleOutline(doc, facts.headings);
    await stampRunningTitles(doc, {
      report: facts.report,
      vintage: facts.vintage,
      chapters: facts.chapters.filter((c) => pages.has(c.id)).map((c) => ({ title: c.title, page: pages.get(c.id)! })),
      bare: [1],
    });
    fixDates(doc, facts.published);
    doc.setTitle(facts.report, { showInWindowTitleBar: true });
    if (facts.author) doc.setAuthor(facts.author);
    if (facts.subject) doc.setSubject(facts.subject);
    doc.setCreator(`${facts.report}, ${facts.vintage}`);
    writeFileSync(outFile, await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
  } finally {
    await browser.close();
  }
}

/** forecast-report pdf [--dir dist]: prints an already built site to <dir>/report.pdf. */
export async function pdfCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { dir: { type: 'string', default: 'dist' } } });
  const dir = resolve(values.dir!);
  if (!existsSync(join(dir, 'print', 'index.html'))) {
    console.error(`No built site in ${values.dir}/ (print/index.html is missing); run npm run build first.`);
    return 1;
  }
  const started = performance.now();
  await renderPdf(dir, join(dir, 'report.pdf'));
  console.log(`Wrote ${values.dir}/report.pdf in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}
