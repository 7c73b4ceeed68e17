import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { links, loadPdf, namedDestinations, outline } from '../../packages/engine/src/cli/lib/pdf/read';
import publication from '../../src/report';
import { pageFill } from '../helpers/pdf-pages';
import { LATEST } from '../helpers/vintages';

/** Reads the report.pdf of the dist/ that `npm test` builds: the CPO report as a reader downloads it. */
const PDF = 'dist/report.pdf';
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    slug: f.replace(/\.mdx$/, '').replace(/^\d+[-_]/, ''),
    ...(yaml.load(readFileSync(join('content/chapters', f), 'utf8').split('---')[1]!) as { title: string; order: number }),
  }))
  .sort((a, b) => a.order - b.order);

let doc: Awaited<ReturnType<typeof loadPdf>>;
let pages: string[];
beforeAll(async () => {
  if (!existsSync(PDF)) throw new Error(`${PDF} is missing; run \`npm run build\` first (npm test does)`);
  doc = await loadPdf(readFileSync(PDF));
  const text = spawnSync('pdftotext', ['-layout', PDF, '-'], { encoding: 'utf8' });
  expect(text.error, 'pdftotext (apt package poppler-utils) is needed to read the PDF').toBeUndefined();
  pages = text.stdout.split('\f').slice(0, -1);
});

describe('build/pdf: the CPO report as a PDF', () => {
  it('has bookmarks for the front matter, each chapter by number and title, and the sources', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(5);
    const top = outline(doc);
    expect(top.map((o) => o.title)).toEqual([
      JSON.parse(readFileSync(`dist/data/${LATEST}/vintage.json`, 'utf8')).title,
      'Contents',
      'List of figures and tables',
      ...chapters.map((c, i) => `${i + 1} ${c.title}`),
      'Sources',
    ]);
    // Sections inside chapters are bookmarked too, and no title has words run together by a line break.
    expect(top.filter((o) => o.children.length > 0).length).toBeGreaterThanOrEqual(chapters.length);
  });

  it('the contents give the page each chapter opens on', () => {
    const dests = namedDestinations(doc);
    const contents = pages[1]!;
    for (const [i, c] of chapters.entries()) {
      const listed = new RegExp(`${i + 1}\\s+${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)`).exec(contents);
      expect(listed, `${c.title} in the contents`).not.toBeNull();
      expect(Number(listed![1])).toBe(dests.get(`ch-${c.slug}`)?.page);
    }
  });

  it('lists every figure with its page, and no figure is split: its caption is on the page where it starts', () => {
    const lof = pages.filter((p) => /^\s*List of figures and tables/m.test(p)).join('\n');
    const entries = [...lof.matchAll(/^\s*((?:Figure|Table) \d+)\s+.*?\s(\d+)\s*$/gm)].map((m) => ({ label: m[1]!, page: Number(m[2]) }));
    expect(entries.length).toBeGreaterThanOrEqual(10);
    const dests = namedDestinations(doc);
    const figureStarts = new Set([...dests].filter(([id]) => /^(fig|tbl)-/.test(id)).map(([, d]) => d.page));
    for (const e of entries) {
      expect(pages[e.page - 1]!.replace(/\s+/g, ' '), `${e.label} on page ${e.page}`).toContain(`${e.label}.`);
      expect(figureStarts.has(e.page), `${e.label}: an anchor starts on page ${e.page}`).toBe(true);
    }
  });

  it('has no link to the print origin; others go inside the PDF, to the published site, or to a named source', () => {
    expect(readFileSync(PDF, 'latin1')).not.toContain('report.invalid');
    const all = links(doc);
    expect(all.length).toBeGreaterThan(100);
    const dests = namedDestinations(doc);
    expect(all.filter((l) => l.dest && !dests.has(l.dest))).toEqual([]);
    const site = new URL(process.env.REPORT_BASE ?? '/', process.env.REPORT_SITE || publication.site.url!).href;
    const sources = JSON.parse(readFileSync(`dist/data/${LATEST}/sources.json`, 'utf8')).sources as { url?: string }[];
    const allowed = new Set([...sources.map((s) => s.url), publication.publisher?.url, publication.licence.url, `mailto:${publication.contact.email}`]);
    expect(all.filter((l) => !l.dest && !(l.uri?.startsWith(site) || allowed.has(l.uri)))).toEqual([]);
    expect(all.filter((l) => l.uri?.startsWith(site)).length).toBeGreaterThan(0);
  });

  it('leaves no page more than half empty unless a chapter ends there', () => {
    const fill = pageFill(PDF);
    expect(fill.length).toBe(doc.getPageCount());
    const dests = namedDestinations(doc);
    const starts = new Set(['list-of-figures', 'sources', ...chapters.map((c) => `ch-${c.slug}`)].map((id) => dests.get(id)?.page));
    expect(starts.has(undefined)).toBe(false);
    const last = fill.length;
    const underfilled = fill
      .map((f, i) => ({ page: i + 1, percent: Math.round(f * 100) }))
      .filter(({ page, percent }) => page > 1 && page < last && !starts.has(page + 1) && percent < 50);
    expect(underfilled).toEqual([]);
  });
});
