import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureAsync, makeFixture, previousBuildUntouched, type Fixture, BUILD_TEST_TIMEOUT_MS } from '../helpers/fixture';
import { pageFill } from '../helpers/pdf-pages';
import { dropUncitedSources, LATEST } from '../helpers/vintages';

const PUBLISHED_ON: string = JSON.parse(readFileSync(join('data/vintages', LATEST, 'vintage.json'), 'utf8')).published;
const [py, pm, pd] = PUBLISHED_ON.split('-').map(Number) as [number, number, number];
const PUBLISHED_TEXT = `${pd} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][pm - 1]} ${py}`;
import publication from '../../src/report';
import { links, loadPdf, namedDestinations, outline } from '../../packages/engine/src/cli/lib/pdf/read';

/**
 * A three-chapter mini-report, built under a sub-path (as a GitHub Pages project site would be), with the PDF:
 * numbering and references must work across chapters, and every link must stay under the base path.
 */
const front = (title: string, order: number) =>
  `---\ntitle: ${title}\norder: ${order}\ndescription: The ${title.toLowerCase()} chapter of the mini report.\n---\n\n`;
const CHAPTERS: Record<string, string> = {
  '01-opening.mdx':
    front('Opening', 1) +
    'Opening words <Cite id="trendforce-cpo-2026" /> and <Cite id="ctbc-2025" />.\n\n<Chart id="fig-market-by-segment" />\n\n' +
    '<Table id="tbl-sizes" title="Switch sizes">\n\n| Switch | Capacity |\n| --- | --- |\n| A | 51.2T |\n\n</Table>\n',
  '02-middle.mdx':
    front('Middle', 2) +
    'As <Ref id="fig-market-by-segment" /> and <Ref id="tbl-sizes" /> show, and later <Ref id="fig-sketch" />; see <Cite id="ctbc-2025" /> and <Cite id="nvidia-gtc-2025" />.\n\n<Chart id="fig-technology-mix" />\n',
  '03-closing.mdx':
    front('Closing', 3) +
    '<Figure id="fig-sketch" title="A sketch">\n\nSome drawing.\n\n</Figure>\n\nNo citations here. The [data downloads](../data/) and the [sources](../sources/) hold the rest.\n',
};

function withChapters(f: Fixture, chapters: Record<string, string>) {
  rmSync(join(f.contentDir, 'chapters'), { recursive: true, force: true });
  mkdirSync(join(f.contentDir, 'chapters'));
  for (const [name, text] of Object.entries(chapters)) f.writeFile(`content/chapters/${name}`, text);
  // Sources only the replaced chapters cited would now be cited nowhere, which the build refuses.
  dropUncitedSources(f.dataDir, join(f.contentDir, 'chapters'));
}

describe('build/reader: a mini report under a sub-path', () => {
  let f: Fixture;
  let run: { status: number | null; output: string };
  const html = (path: string) => readFileSync(join(f.outDir, path), 'utf8');

  beforeAll(async () => {
    f = makeFixture();
    withChapters(f, CHAPTERS);
    run = await buildFixtureAsync(f, { env: { REPORT_BASE: '/sub/', REPORT_SITE: 'https://reports.example.com', REPORT_PDF: '1' } });
  }, BUILD_TEST_TIMEOUT_MS);

  it('builds', () => {
    expect(run.output).not.toMatch(/error/i);
    expect(run.status).toBe(0);
  });

  it('numbers figures and tables across chapters in reading order', () => {
    const labels = (path: string) => [...html(path).matchAll(/<span class="figure-label">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(labels('opening/index.html')).toEqual(['Figure 1.', 'Table 1.']);
    expect(labels('middle/index.html')).toEqual(['Figure 2.']);
    expect(labels('closing/index.html')).toEqual(['Figure 3.']);
  });

  it('resolves <Ref> to the numbered target on its own chapter page, under the base path', () => {
    const refs = [...html('middle/index.html').matchAll(/<a class="xref" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);
    expect(refs).toEqual(['Figure 1 → /sub/opening/#fig-market-by-segment', 'Table 1 → /sub/opening/#tbl-sizes', 'Figure 3 → /sub/closing/#fig-sketch']);
    expect(html('opening/index.html')).toContain('id="fig-market-by-segment"');
    expect(html('closing/index.html')).toContain('id="fig-sketch"');
  });

  it('numbers citations report-wide; each chapter ends with the references it cites', () => {
    const cites = (path: string) => [...html(path).matchAll(/<a class="cite" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(cites('opening/index.html')).toEqual(['[1] #ref-trendforce-cpo-2026', '[2] #ref-ctbc-2025']);
    expect(cites('middle/index.html')).toEqual(['[2] #ref-ctbc-2025', '[3] #ref-nvidia-gtc-2025']);
    const refs = (path: string) => [...html(path).matchAll(/<li id="(ref-[^"]+)" value="(\d+)"/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(refs('middle/index.html')).toEqual(['2 ref-ctbc-2025', '3 ref-nvidia-gtc-2025']);
    expect(html('closing/index.html')).not.toContain('class="references"');
    // Sources show publisher, title, date and link.
    const ctbc = html('middle/index.html').match(/<li id="ref-ctbc-2025"[\s\S]*?<\/li>/)![0];
    const latestSources = JSON.parse(readFileSync(join('data/vintages', LATEST, 'sources.json'), 'utf8')).sources;
    expect(ctbc).toContain(`${latestSources.find((x: { id: string }) => x.id === 'ctbc-2025').publisher}.`);
    expect(ctbc).toContain('href="https://udn.com/news/story/7240/9166889"');
    expect(ctbc).toContain('2025.');
  });

  it('lists figures and tables with links to where they are shown', () => {
    const page = html('figures/index.html');
    expect(page).toMatch(/<a href="\/sub\/opening\/#fig-market-by-segment">Figure 1\. CPO revenue grows with scale-up taking the larger part/);
    expect(page).toMatch(/<a href="\/sub\/closing\/#fig-sketch">Figure 3\. A sketch<\/a>/);
    expect(page).toMatch(/<a href="\/sub\/opening\/#tbl-sizes">Table 1\. Switch sizes<\/a>/);
  });

  it('keeps every site link, script, style and image under the base path', () => {
    const files = readdirSync(f.outDir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    const outside: string[] = [];
    for (const file of files) {
      for (const m of html(file).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) if (!m[1]!.startsWith('/sub/')) outside.push(`${file}: ${m[1]}`);
    }
    expect(outside).toEqual([]);
  });

  it('has canonical URLs, Open Graph and Twitter meta with the chapter description, and a sitemap', () => {
    const page = html('middle/index.html');
    expect(page).toContain('<link rel="canonical" href="https://reports.example.com/sub/middle/">');
    expect(page).toContain('<meta property="og:description" content="The middle chapter of the mini report.">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain('<meta property="og:image" content="https://reports.example.com/sub/og-image.png">');
    const sitemap = html('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://reports.example.com/sub/middle/</loc>');
    expect(sitemap).not.toContain('/print/');
    expect(existsSync(join(f.outDir, 'favicon.svg'))).toBe(true);
  });

  it('renders the social preview image at build time', async () => {
    const meta = await sharp(join(f.outDir, 'og-image.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('indexes the chapters for search', () => {
    expect(existsSync(join(f.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(html('middle/index.html')).toContain('data-pagefind-body');
    expect(html('figures/index.html')).not.toContain('data-pagefind-body');
  });

  describe('report.pdf', () => {
    const SITE = 'https://reports.example.com/sub/';
    const TITLES = ['Opening', 'Middle', 'Closing'];
    let pdfPath: string;
    let pages: string[];
    let doc: Awaited<ReturnType<typeof loadPdf>>;
    const pageOf = (needle: string) => pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(needle)) + 1;

    beforeAll(async () => {
      pdfPath = join(f.outDir, 'report.pdf');
      const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      expect(text.error, 'pdftotext (apt package poppler-utils) is needed to read the PDF').toBeUndefined();
      pages = text.stdout.split('\f').slice(0, -1);
      doc = await loadPdf(readFileSync(pdfPath));
    });

    it('has a cover, contents, list of figures, every chapter and a sources chapter, in order', () => {
      expect(pages.length).toBe(doc.getPageCount());
      expect(pages.length).toBeGreaterThanOrEqual(7);
      // Each part is looked for after the one before (the contents name them all early on).
      const order = [
        'Contents',
        'List of figures and tables',
        'Figure 3',
        '1 Opening',
        'Figure 1. CPO revenue grows with scale-up taking the larger part',
        'Table 1. Switch sizes',
        '2 Middle',
        'Figure 2.',
        '3 Closing',
        'Figure 3. A sketch',
        'Sources',
        'Cited in the chapters',
      ];
      const flat = pages.slice(1).join(' ').replace(/\s+/g, ' ');
      let from = 0;
      const missing = order.filter((s) => {
        const at = flat.indexOf(s, from);
        from = at + s.length;
        return at < 0;
      });
      expect(missing).toEqual([]);
    });

    it('has a cover with the title, vintage, date, publisher and key figures, and no running header or footer', () => {
      const cover = pages[0]!.replace(/\s+/g, ' ');
      for (const s of ['Forecast vintage', LATEST, `Published ${PUBLISHED_TEXT}`, 'CPO revenue in 2030, excluding lasers']) expect(cover).toContain(s);
      expect(cover).not.toMatch(/Page 1 of/);
      const facts = JSON.parse(html(`data/${LATEST}/facts.json`)).facts;
      expect(cover).toContain(facts['revenue.2030.total'].text);
    });

    it('numbers every page after the cover and names the vintage in the footer; chapter pages carry the chapter in the header', () => {
      pages.slice(1).forEach((p, i) => {
        expect(p).toContain(`Page ${i + 2} of ${pages.length}`);
        expect(p).toContain(`Forecast vintage ${LATEST}`);
      });
      // The sources chapter runs over more than one page: its later pages name it in the running header.
      const sources = pageOf('Cited in the chapters');
      expect(sources).toBeGreaterThan(0);
      const later = pages.slice(sources).filter((p) => p.trim());
      expect(later.length).toBeGreaterThan(0);
      for (const p of later)
        expect(
          p
            .split('\n')
            .find((l) => l.trim())!
            .trim(),
        ).toMatch(/^Sources\s+/);
    });

    it('lists chapters, figures and tables with the pages they are on', () => {
      const contents = pages[pageOf('Contents') - 1]!;
      for (const [i, title] of TITLES.entries()) {
        const listed = new RegExp(`${i + 1}\\s+${title}\\s+(\\d+)`).exec(contents);
        expect(listed, `${title} in the contents`).not.toBeNull();
        expect(pages[Number(listed![1]) - 1]).toMatch(new RegExp(`^\\s*${i + 1}\\s*\\n\\s*${title}`, 'm'));
      }
      const lof = pages.find((p) => /^\s*List of figures and tables/m.test(p) && /Figure 1/.test(p))!;
      expect(lof).toBeDefined();
      for (const [label, caption] of [
        ['Figure 1', 'Figure 1. CPO revenue grows with scale-up taking the larger part'],
        ['Table 1', 'Table 1. Switch sizes'],
        ['Figure 3', 'Figure 3. A sketch'],
      ]) {
        const listed = new RegExp(`${label}\\s+\\S.*?\\s(\\d+)\\n`).exec(lof);
        expect(listed, `${label} in the list of figures`).not.toBeNull();
        expect(pages[Number(listed![1]) - 1]!.replace(/\s+/g, ' ')).toContain(caption);
      }
    });

    it('has bookmarks that read like the headings', () => {
      const top = outline(doc).map((o) => o.title);
      expect(top).toEqual([expect.any(String), 'Contents', 'List of figures and tables', ...TITLES.map((t, i) => `${i + 1} ${t}`), 'Sources']);
      expect(top[0]!.replace(/\s+/g, ' ')).toBe(JSON.parse(html(`data/${LATEST}/vintage.json`)).title);
    });

    it('links inside the PDF where the target is in it, and to the published site otherwise; never to the print origin', () => {
      const all = links(doc);
      expect(all.length).toBeGreaterThan(10);
      expect(all.filter((l) => (l.uri ?? '').includes('report.invalid'))).toEqual([]);
      expect(readFileSync(pdfPath, 'latin1')).not.toContain('report.invalid');
      const dests = namedDestinations(doc);
      const inside = all.filter((l) => l.dest);
      expect(inside.length).toBeGreaterThan(5);
      expect(inside.filter((l) => !dests.has(l.dest!))).toEqual([]);
      // The cross-reference in chapter 2 to Figure 1 lands on the page that shows Figure 1.
      expect(dests.get('fig-market-by-segment')?.page).toBe(pageOf('Figure 1. CPO revenue grows with scale-up taking the larger part'));
      expect(inside.some((l) => l.dest === 'fig-market-by-segment' && l.page === dests.get('ch-middle')?.page)).toBe(true);
      // Citations link to the sources chapter.
      expect(dests.get('src-ctbc-2025')?.page).toBe(pageOf('Cited in the chapters'));
      const sources = JSON.parse(html(`data/${LATEST}/sources.json`)) as { url?: string }[] | { sources: { url?: string }[] };
      const sourceUrls = new Set((Array.isArray(sources) ? sources : sources.sources).map((s) => s.url).filter(Boolean));
      // Besides the site and the sources: the publisher, licence and contact the report's settings name.
      const named = new Set([publication.publisher?.url, publication.licence.url, publication.contact.url, `mailto:${publication.contact.email}`]);
      const elsewhere = all.filter((l) => l.uri && !l.uri.startsWith(SITE) && !sourceUrls.has(l.uri) && !named.has(l.uri));
      expect(elsewhere).toEqual([]);
      // Chapter 3 links to two pages of the site: the data downloads (not in the PDF) and the sources (its last chapter).
      const closing = dests.get('ch-closing')!.page;
      expect(all.filter((l) => l.page === closing && l.uri === `${SITE}data/`)).toHaveLength(1);
      expect(all.filter((l) => l.page === closing && l.dest === 'sources')).toHaveLength(1);
    });

    it('leaves no page more than half empty unless a chapter ends there', () => {
      const fill = pageFill(pdfPath);
      expect(fill.length).toBe(pages.length);
      const dests = namedDestinations(doc);
      const starts = new Set(['list-of-figures', 'ch-opening', 'ch-middle', 'ch-closing', 'sources'].map((id) => dests.get(id)?.page));
      expect(starts.has(undefined)).toBe(false);
      const underfilled = fill.map((f, i) => ({ page: i + 1, f })).filter(({ page, f }) => page > 1 && page < fill.length && !starts.has(page + 1) && f < 0.5);
      expect(underfilled).toEqual([]);
    });

    it('is dated with the vintage, not the clock', () => {
      const published = JSON.parse(readFileSync(join('data/vintages', LATEST, 'vintage.json'), 'utf8')).published;
      expect(doc.getCreationDate()?.toISOString()).toBe(`${published}T00:00:00.000Z`);
      expect(doc.getModificationDate()?.toISOString()).toBe(`${PUBLISHED_ON}T00:00:00.000Z`);
    });
  });
});

describe('build/reader: broken references fail the build with file and line', () => {
  it('an unknown <Ref> id', { timeout: BUILD_TEST_TIMEOUT_MS }, async () => {
    const f = makeFixture();
    withChapters(f, { ...CHAPTERS, '02-middle.mdx': front('Middle', 2) + 'Text.\n\nSee <Ref id="fig-market-by-segmnt" />.\n' });
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/02-middle\.mdx:9/);
    expect(run.output).toMatch(/unknown figure "fig-market-by-segmnt" in <Ref>; did you mean "fig-market-by-segment"/);
    expect(previousBuildUntouched(f)).toBe(true);
  });

  it('the same figure id twice', { timeout: BUILD_TEST_TIMEOUT_MS }, async () => {
    const f = makeFixture();
    withChapters(f, { ...CHAPTERS, '03-closing.mdx': front('Closing', 3) + 'Again:\n\n<Chart id="fig-market-by-segment" />\n' });
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/03-closing\.mdx:9:1: duplicate id "fig-market-by-segment" in <Chart>; it is already used by <Chart> at \S*01-opening\.mdx:9:1/);
    expect(previousBuildUntouched(f)).toBe(true);
  });

  it('an unknown <Cite> id', { timeout: BUILD_TEST_TIMEOUT_MS }, async () => {
    const f = makeFixture();
    withChapters(f, { ...CHAPTERS, '03-closing.mdx': CHAPTERS['03-closing.mdx'] + '\nAs <Cite id="no-such-source" /> says.\n' });
    const run = await buildFixtureAsync(f);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/03-closing\.mdx:15/);
    expect(run.output).toContain('unknown source "no-such-source" in <Cite>');
    expect(previousBuildUntouched(f)).toBe(true);
  });
});
