import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellShows, checkChartCsv } from '../../../packages/engine/src/cli/lib/output/csv';
import { validateHtml } from '../../../packages/engine/src/cli/lib/output/html';
import { checkLinks } from '../../../packages/engine/src/cli/lib/output/links';
import { parsePage } from '../../../packages/engine/src/cli/lib/output/site';
import { checkInlineSvgs } from '../../../packages/engine/src/cli/lib/output/svg';
import { checkVegaLiteSpecs } from '../../../packages/engine/src/cli/lib/output/vega-lite';

/** A throwaway site: path → content. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const page = (body: string, title = 'T') =>
  `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>\n`;

describe('output checks catch what they claim to', () => {
  it('links: missing files, missing anchors, folders without a slash, paths outside the base, javascript: URLs', () => {
    const dir = site({
      'report/index.html': page(
        [
          '<a href="/report/a/">ok</a>',
          '<a href="/report/a/#s1">ok anchor</a>',
          '<a href="a/#s1">ok relative</a>',
          '<a href="#top">ok self</a>',
          '<a href="https://other.example/x">external</a>',
          '<a href="/report/missing/">missing</a>',
          '<a href="/report/a/#nope">bad anchor</a>',
          '<a href="/report/a">no slash</a>',
          '<a href="/elsewhere/">outside base</a>',
          '<a href="javascript:alert(1)">js</a>',
          '<img src="/report/img.svg" alt="">',
          '<span id="top"></span>',
        ].join('\n'),
      ),
      'report/a/index.html': page('<h2 id="s1">S</h2>'),
    });
    const problems = checkLinks(join(dir, 'report'), ['index.html', 'a/index.html'], { site: 'https://example.org/report/' });
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '7: <a> "/report/missing/": no such file missing/index.html in the built site',
      '8: <a> "/report/a/#nope": no element with id "nope" in a/index.html',
      '9: <a> "/report/a": points at a folder; write /report/a/ (trailing slash)',
      '10: <a> "/elsewhere/": outside the site\'s base path /report/',
      '11: <a> "javascript:alert(1)": javascript: URLs are not allowed',
      '12: <img> "/report/img.svg": no such file img.svg in the built site',
    ]);
  });

  it('svg: an inline SVG that is not well-formed XML', () => {
    const dir = site({ 'index.html': page('<svg viewBox="0 0 1 1"><g><text>a &nbsp; b</text></g></svg>\n<svg><g></svg>') });
    const problems = checkInlineSvgs(parsePage(dir, 'index.html'));
    expect(problems.map((p) => p.message)).toEqual([
      'inline SVG is not well-formed XML: "&nbsp;" is not an XML entity',
      "inline SVG is not well-formed XML: Expected closing tag 'g' (opened in line 1, col 6) instead of closing tag 'svg'.",
    ]);
  });

  it('csv: rows that differ from the chart data, and a row count that differs', () => {
    const spec = JSON.stringify({
      data: {
        values: [
          { year: 2026, v: 1.5, s: '=SUM(A1)' },
          { year: 2027, v: 2, s: 'b' },
        ],
      },
    });
    const dir = site({
      'ok.csv': "Year,Value,Label\r\n2026,1.5,'=SUM(A1)\r\n2027,2,b\r\n",
      'ok.vl.json': spec,
      'bad.csv': 'Year,Value\r\n2026,1.5\r\n2027,2.5\r\n',
      'bad.vl.json': spec,
      'short.csv': 'Year\r\n2026\r\n',
      'short.vl.json': spec,
      'broken.csv': 'Year,"Value\r\n2026,1\r\n',
      'broken.vl.json': spec,
    });
    expect(checkChartCsv(dir, 'ok.csv')).toEqual([]);
    expect(checkChartCsv(dir, 'bad.csv').map((p) => p.message)).toEqual([
      expect.stringMatching(/^column "Value" matches no field of the chart data \(closest: "v", which differs at row 2/),
    ]);
    expect(checkChartCsv(dir, 'short.csv').map((p) => p.message)).toEqual(['1 data rows, but the chart has 2']);
    expect(checkChartCsv(dir, 'broken.csv')[0]!.message).toMatch(/^not valid CSV/);
    expect(cellShows('', null)).toBe(true);
    expect(cellShows('0.1', 0.1)).toBe(true);
    expect(cellShows('0.10000001', 0.1)).toBe(false);
  });

  it('csv: a CSV without a figure spec passes only when the data package beside it describes it', () => {
    const dir = site({
      'data/v/series.csv': 'a,b\r\n1,2\r\n',
      'data/v/stray.csv': 'a,b\r\n1,2\r\n',
      'data/v/datapackage.json': JSON.stringify({ resources: [{ path: 'series.csv' }] }),
      'other/orphan.csv': 'a\r\n1\r\n',
    });
    expect(checkChartCsv(dir, 'data/v/series.csv')).toEqual([]);
    expect(checkChartCsv(dir, 'data/v/stray.csv').map((p) => p.message)).toEqual([
      expect.stringMatching(/^no Vega-Lite spec data\/v\/stray\.vl\.json .*no datapackage\.json beside it describes it/),
    ]);
    expect(checkChartCsv(dir, 'other/orphan.csv')).toHaveLength(1);
  });

  it('vega-lite: a spec that does not match the schema', async () => {
    const dir = site({
      'ok.vl.json': JSON.stringify({ data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } }),
      'bad.vl.json': JSON.stringify({ data: { values: [{ a: 1 }] }, mark: 'barr', encoding: { x: { field: 'a', type: 'quantity' } } }),
    });
    const problems = await checkVegaLiteSpecs(dir, ['ok.vl.json', 'bad.vl.json']);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'bad.vl.json' && p.message.startsWith('does not match the Vega-Lite schema'))).toBe(true);
  });

  it('html: invalid markup is reported with its rule', async () => {
    const dir = site({
      'ok.html': page('<p>Fine</p>'),
      'bad.html': page('<p>Unclosed <div>block in p</div><img src="x.png"></p><div id="a"></div><div id="a"></div>'),
    });
    expect(await validateHtml(dir, ['ok.html'])).toEqual([]);
    const rules = (await validateHtml(dir, ['bad.html'])).map((p) => p.message.match(/\[([\w/-]+)\]/)?.[1]);
    expect(rules).toEqual(expect.arrayContaining(['close-order', 'no-dup-id', 'wcag/h37']));
  });
});
