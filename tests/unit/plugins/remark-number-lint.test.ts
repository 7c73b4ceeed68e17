import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findForecastNumbers, remarkNumberLint } from '../../../packages/engine/src/plugins/remark-number-lint';

/** Runs MDX through the same parse → remark-mdx → lint pipeline the build uses; returns the thrown message or null. */
async function lint(mdx: string): Promise<{ message: string; line?: number } | null> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkNumberLint);
  const file = new VFile({ path: 'chapter.mdx', value: mdx });
  try {
    await processor.run(processor.parse(file), file);
    return null;
  } catch (e) {
    const err = e as { message: string; line?: number; place?: { line?: number; start?: { line: number } } };
    return { message: err.message, line: err.line ?? undefined };
  }
}

describe('findForecastNumbers', () => {
  it('finds percentages, dollar amounts, multiples, magnitudes and growth figures', () => {
    const texts = (s: string) => findForecastNumbers(s).map((f) => f.text);
    expect(texts('grows 142% a year')).toEqual(['142%']);
    expect(texts('reaches $24.2B and US$ 39 billion')).toEqual(['$24.2B', 'US$ 39 billion']);
    expect(texts('3.5x better, 4× fewer')).toEqual(['3.5x', '4×']);
    expect(texts('about 1.2 billion ports')).toEqual(['1.2 billion']);
    expect(texts('sales up 57 YoY')).toEqual(['57 YoY']);
    expect(texts('a CAGR of 142 through 2030')).toEqual(['CAGR of 142']);
    expect(texts('a 142 CAGR')).toEqual(['142 CAGR']);
    // A year window before "CAGR" names the period, it is not a growth figure.
    expect(findForecastNumbers('The 2026–2030 CAGR of revenue and the 2030 CAGR window.')).toEqual([]);
  });

  it('leaves years, port speeds, switch capacities, counts and physical units alone', () => {
    expect(
      findForecastNumbers(
        'CAGR 2026–2030 of revenue. In 2026 the 800G, 1.6T and 3.2T ports of a 51.2T or 102.4 Tb/s switch draw 30 W at 18.8 pJ/bit; 144 ports; 16 × 6.4T engines; 8x100G.',
      ),
    ).toEqual([]);
  });
});

describe('remark-number-lint through unified (remark-parse + remark-mdx)', () => {
  const mustFail: [string, string, number][] = [
    ['a typed percentage', 'Intro.\n\nThe market grows 142% a year.\n', 3],
    ['a typed dollar amount in a heading', '## A $24B market by 2030\n', 1],
    ['a year-over-year figure', 'Text.\n\nSales rise 57% YoY in 2026.\n', 3],
    ['a multiple in a list item', '- CPO is 3.5x more efficient\n', 1],
    ['a number inside emphasis', 'It is *about 40%* of the total.\n', 1],
    ['a number in a callout paragraph', '<Callout kind="key" title="Key">\nGrowth is 142%.\n</Callout>\n', 2],
    ['a number in a component title attribute', '<Callout kind="key" title="A 142% CAGR">\nText.\n</Callout>\n', 1],
    ['a number in a string expression', 'Growth is {"142%"} a year.\n', 1],
    ['a cited sentence does not cover the next one', 'Power falls 70% <Cite id="broadcom-davisson-2025" />. Revenue grows 142%.\n', 1],
    ['a number in a table cell', '| a | b |\n|---|---|\n| share | 40% |\n', 3],
  ];
  for (const [name, mdx, line] of mustFail) {
    it(`fails on ${name}, naming the line`, async () => {
      const r = await lint(mdx);
      expect(r).not.toBeNull();
      expect(r!.message).toMatch(/hand-typed forecast-looking number/);
      expect(r!.message).toContain(`chapter.mdx:${line}:`);
    });
  }

  const mustPass: [string, string][] = [
    ['a number from <Value>', 'The market grows <Value name="cagr.2026_2030.exclEls" /> a year.\n'],
    ['a cited historical figure in the same sentence', 'Broadcom reports 70% lower optical power <Cite id="broadcom-davisson-2025" />.\n'],
    ['a cite placed mid-sentence', 'TrendForce <Cite id="trendforce-cpo-2026" /> puts CPO and NPO above US$39 billion in 2030.\n'],
    ['an inline <Historical> marker', 'In 2026 the market was <Historical>US$26 B, up 57%</Historical> on the year.\n'],
    ['a block <Historical> marker', '<Historical>\nNVIDIA claimed 3.5x power efficiency.\n\nAnd 63x signal integrity.\n</Historical>\n'],
    ['years, speeds and physical units', 'In 2026, 1.6T ports draw 30 W against 9 W; 3.2T arrives in 2028 on 102.4T switches.\n'],
    ['code spans and comments', 'Run `npm run calibrate -- --target 142%` to check. {/* 142% is the target */}\n'],
  ];
  for (const [name, mdx] of mustPass) {
    it(`passes ${name}`, async () => {
      expect(await lint(mdx)).toBeNull();
    });
  }

  it('lists every problem, not only the first', async () => {
    const r = await lint('Up 10%.\n\nDown $5M.\n\nAlso 2x.\n');
    expect(r!.message).toMatch(/^3 hand-typed/);
    for (const line of [1, 3, 5]) expect(r!.message).toContain(`chapter.mdx:${line}:`);
  });
});
