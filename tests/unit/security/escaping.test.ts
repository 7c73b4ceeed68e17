import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../../packages/engine/src/cli/lib/output/svg';
import { toCsv } from '../../../packages/engine/src/charts/csv';
import { renderChart } from '../../../packages/engine/src/charts/render';
import type { ChartDefinition } from '../../../packages/engine/src/charts/types';

/** Text that would run or break markup if it reached the output unescaped. */
const HOSTILE = `</text><script>alert("x")</script><img src=x onerror=alert(1)> & 'q'`;

const hostileChart: ChartDefinition = {
  id: 'fig-hostile',
  title: `Title ${HOSTILE}`,
  caption: () => `Caption ${HOSTILE}`,
  description: () => `Description ${HOSTILE}`,
  data: () => ({
    columns: [
      { key: 'category', label: `Category ${HOSTILE}` },
      { key: 'value', label: 'Value', unit: 'usd' },
    ],
    rows: [
      { category: HOSTILE, value: 1 },
      { category: '=HYPERLINK("http://evil.example")', value: 2 },
    ],
  }),
  spec: () => ({ mark: 'bar', encoding: { x: { field: 'category', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } } }),
};

/** Element and attribute names in an XML document (parsed, so escaped text inside attributes cannot confuse it). */
function names(xml: string): { elements: Set<string>; attributes: Set<string> } {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@_')) attributes.add(key.slice(2).toLowerCase());
      else if (key !== '#text') elements.add(key.toLowerCase());
      walk(value);
    }
  };
  walk(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml));
  return { elements, attributes };
}

describe('security/data strings are escaped in chart SVG and CSV', () => {
  it('the SVG stays well-formed, carries the text escaped and contains no injected element', async () => {
    const chart = await renderChart(hostileChart, { results: {} as never, facts: {} as never });
    // The page's SVG (theme variables) and the plain one exports are made from.
    for (const svg of [chart.svg, chart.plainSvg]) {
      expect(xmlProblem(svg)).toBeUndefined();
      const { elements, attributes } = names(svg);
      expect(elements.has('svg') && elements.has('text')).toBe(true);
      expect([...elements].filter((e) => ['script', 'img', 'foreignobject', 'iframe'].includes(e))).toEqual([]);
      expect([...attributes].filter((a) => a.startsWith('on'))).toEqual([]);
      // The markup arrives as text; quotes need no escaping in a text node (vega leaves them), only in attributes.
      expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(');
    }
    expect(chart.svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('the CSV quotes markup as plain text and defuses spreadsheet formulas', () => {
    const csv = toCsv(hostileChart.data({} as never));
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`"</text><script>alert(""x"")</script><img src=x onerror=alert(1)> & 'q'",1`);
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil.example"")",2`);
  });
});
