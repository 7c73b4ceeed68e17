import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureAsync, makeFixture, previousBuildUntouched, type Fixture, BUILD_TEST_TIMEOUT_MS } from '../helpers/fixture';

/**
 * A three-chapter mini-report, built under a sub-path (as a GitHub Pages project site would be), with the PDF:
 * numbering and references must work across chapters, and every link must stay under the base path.
 */
const front = (title: string, order: number) => `---\ntitle: ${title}\norder: ${order}\ndescription: The ${title.toLowerCase()} chapter of the mini report.\n---\n\n`;
const CHAPTERS: Record<string, string> = {
  '01-opening.mdx':
    front('Opening', 1) +
    'Opening words <Cite id="trendforce-cpo-2026" /> and <Cite id="ctbc-2025" />.\n\n<Chart id="fig-market-by-segment" />\n\n' +
    '<Table id="tbl-sizes" title="Switch sizes">\n\n| Switch | Capacity |\n| --- | --- |\n| A | 51.2T |\n\n</Table>\n',
  '02-middle.mdx':
    front('Middle', 2) +
    'As <Ref id="fig-market-by-segment" /> and <Ref id="tbl-sizes" /> show, and later <Ref id="fig-sketch" />; see <Cite id="ctbc-2025" /> and <Cite id="nvidia-gtc-2025" />.\n\n<Chart id="fig-technology-mix" />\n',
  '03-closing.mdx': front('Closing', 3) + '<Figure id="fig-sketch" title="A sketch">\n\nSome drawing.\n\n</Figure>\n\nNo citations here.\n',
};

function withChapters(f: Fixture, chapters: Record<string, string>) {
  rmSync(join(f.contentDir, 'chapters'), { recursive: true, force: true });
  mkdirSync(join(f.contentDir, 'chapters'));
  for (const [name, text] of Object.entries(chapters)) f.writeFile(`content/chapters/${name}`, text);
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
    expect(ctbc).toContain('CTBC (via Economic Daily News)');
    expect(ctbc).toContain('href="https://udn.com/news/story/7240/9166889"');
    expect(ctbc).toContain('2025.');
  });

  it('lists figures and tables with links to where they are shown', () => {
    const page = html('figures/index.html');
    expect(page).toMatch(/<a href="\/sub\/opening\/#fig-market-by-segment">Figure 1\. CPO revenue by segment/);
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

  it('prints the whole report to report.pdf with page numbers and every figure in order', () => {
    const pdf = join(f.outDir, 'report.pdf');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.error, 'pdftotext (apt package poppler-utils) is needed to read the PDF').toBeUndefined();
    const pages = text.stdout.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(5); // cover, contents, three chapters
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    const order = ['Opening', 'Figure 1. CPO revenue by segment', 'Table 1. Switch sizes', 'Middle', 'Figure 2.', 'Closing', 'Figure 3. A sketch'];
    const flat = text.stdout.replace(/\s+/g, ' ');
    const positions = order.map((s) => flat.indexOf(s, flat.indexOf('Chapter 1')));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The contents give the page each chapter starts on.
    const contents = pages.find((p) => p.includes('Contents'))!;
    for (const [i, title] of ['Opening', 'Middle', 'Closing'].entries()) {
      const listed = new RegExp(`${i + 1}\\. ${title}\\s+(\\d+)`).exec(contents);
      expect(listed, `${title} in the contents`).not.toBeNull();
      expect(pages[Number(listed![1]) - 1]).toMatch(new RegExp(`Chapter ${i + 1}\\s+${title}`));
    }
    // Paper has no links: references print their URLs.
    expect(text.stdout.replace(/\s/g, '')).toContain('<https://udn.com/news/story/7240/9166889>');
    // No clock in the output: the PDF is dated with the vintage's publication date.
    expect(readFileSync(pdf, 'latin1')).toMatch(/\/CreationDate \(D:20261125000000/);
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
