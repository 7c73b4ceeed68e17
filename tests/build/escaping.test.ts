import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChartCsv } from '../../packages/engine/src/cli/lib/output/csv';
import { checkLinks } from '../../packages/engine/src/cli/lib/output/links';
import { attr, parsePage, siteFiles, type ParsedPage } from '../../packages/engine/src/cli/lib/output/site';
import { checkInlineSvgs } from '../../packages/engine/src/cli/lib/output/svg';
import { lockVintages } from '../../packages/engine/src/cli/lib/record-outputs';
import { latestPublishedId } from '../helpers/vintages';
import { buildFixtureAsync, makeFixture, type BuildRun, type Fixture, BUILD_TEST_TIMEOUT_MS } from '../helpers/fixture';

/**
 * Builds a copy of the report whose data strings carry markup, under a sub-path base, then inspects every output
 * file: the strings must arrive as text, never as elements or attributes, and every link must respect the base.
 */
const TITLE = `CPO Outlook </title><script>alert("title")</script>`;
const PUBLISHER = `NVIDIA <img src=x onerror=alert(1)>`;
const SOURCE_TITLE = `" onmouseover="alert(2)" data-x="`;
const LABEL = `<script>alert(3)</script> shipments`;
const BASE = '/sub/report/';

let f: Fixture;
let run: BuildRun;
let pages: ParsedPage[];
let out: string;

beforeAll(async () => {
  f = makeFixture();
  const vintage = (file: string) => `data/vintages/${latestPublishedId()}/${file}`;
  f.editJson(vintage('vintage.json'), (d) => {
    d.title = TITLE;
    d.summary = `Summary with <b>markup</b> & an "ampersand"`;
  });
  f.editJson(vintage('sources.json'), (d) => {
    const cited = d.sources.find((s: { id: string }) => s.id === 'nvidia-gtc-2025') ?? d.sources[0];
    cited.publisher = PUBLISHER;
    cited.title = SOURCE_TITLE;
  });
  f.editJson(vintage('assumptions.json'), (d) => {
    d.acceleratorShipments.label = LABEL;
    d.acceleratorShipments.rationale = `Rationale </script><script>alert(4)</script>`;
  });
  // The edits change a published vintage: relock it deliberately (hashes and recorded outputs), as `npm run lock -- --relock` does.
  lockVintages(f.dataDir, [latestPublishedId()], f.root);
  out = join(f.root, 'out');
  run = await buildFixtureAsync(f, { out, env: { REPORT_BASE: BASE, REPORT_SITE: 'https://example.org' } });
  pages =
    run.status === 0
      ? siteFiles(out)
          .filter((p) => p.endsWith('.html'))
          .map((p) => parsePage(out, p))
      : [];
}, BUILD_TEST_TIMEOUT_MS);

afterAll(() => f?.remove());

describe('build/data strings with markup are escaped everywhere', () => {
  it('the build succeeds', () => {
    expect(run.status, run.output).toBe(0);
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it('no page gains an element or event handler from the data', () => {
    expect(pages.length, 'pages built').toBeGreaterThanOrEqual(5);
    for (const page of pages) {
      const scripts = page.elements.filter((el) => el.tagName === 'script' && !attr(el, 'src') && attr(el, 'type') !== 'application/ld+json');
      expect(
        scripts.map((el) => el.sourceCodeLocation?.startLine),
        `inline <script> in ${page.file}`,
      ).toEqual([]);
      const handlers = page.elements.flatMap((el) =>
        el.attrs.filter((a) => a.name.startsWith('on') || a.name === 'data-x').map((a) => `<${el.tagName} ${a.name}>`),
      );
      expect(handlers, page.file).toEqual([]);
      expect(
        page.elements.filter((el) => el.tagName === 'img' && attr(el, 'src') === 'x'),
        page.file,
      ).toEqual([]);
    }
  });

  it('the strings still arrive, as text', () => {
    expect(pages.length, 'pages built').toBeGreaterThanOrEqual(5);
    const titles = pages.map((p) =>
      p.elements
        .find((el) => el.tagName === 'title')
        ?.childNodes.map((n) => ('value' in n ? n.value : ''))
        .join(''),
    );
    expect(titles.some((t) => t?.includes(TITLE))).toBe(true);
    const sources = pages.find((p) => p.file === 'sources/index.html');
    expect(sources?.html).toContain('NVIDIA &lt;img src=x onerror=alert(1)&gt;');
  });

  it('JSON-LD blocks, where present, parse and keep the strings as data', () => {
    const blocks = pages.flatMap((page) =>
      page.elements.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').map((el) => ({ page, el })),
    );
    expect(blocks.length, 'JSON-LD blocks in the built pages').toBeGreaterThan(0);
    {
      for (const { page, el } of blocks) {
        const loc = el.sourceCodeLocation!;
        const text = page.html.slice(loc.startTag!.endOffset, loc.endTag!.startOffset);
        expect(text).not.toMatch(/<\/script/i);
        expect(() => JSON.parse(text), page.file).not.toThrow();
      }
    }
  });

  it('chart SVGs stay well-formed and CSVs match their charts', () => {
    expect(pages.length, 'pages built').toBeGreaterThanOrEqual(5);
    expect(pages.flatMap(checkInlineSvgs)).toEqual([]);
    const csvs = siteFiles(out).filter((p) => p.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    expect(csvs.flatMap((c) => checkChartCsv(out, c))).toEqual([]);
  });

  it('under a sub-path base every internal link resolves inside the base', () => {
    // The build writes files relative to the base; the checker maps https://example.org/sub/report/ to out/.
    expect(pages.length, 'pages built').toBeGreaterThanOrEqual(5);
    expect(
      checkLinks(
        out,
        pages.map((p) => p.file),
        { site: `https://example.org${BASE}` },
      ),
    ).toEqual([]);
  });
});
