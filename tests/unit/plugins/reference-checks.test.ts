import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { checkReferences, type KnownNames } from '../../../packages/engine/src/plugins/reference-checks';
import { remarkReportRefs } from '../../../packages/engine/src/plugins/remark-report-refs';

const FACTS: Record<string, { value: number | null; text: string }> = {
  'crossover.year': { value: 2029, text: '2029' },
  'revenue.2030.total': { value: 24.2e9, text: '$24.2B' },
};
const known: KnownNames = {
  fact: (n) => FACTS[n],
  factNames: () => Object.keys(FACTS),
  charts: () => new Set(['fig-market']),
  numbered: () => new Set(['fig-market']),
  sources: () => new Set(['nvidia-gtc-2025']),
  components: () => new Set(['Value', 'Chart', 'Ref', 'Cite', 'Claim', 'When', 'VintageLink', 'Callout']),
  vintageFiles: () => new Set(['facts.json']),
  vintageId: '2099-01',
};
const check = (mdx: string) =>
  checkReferences(unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root, known).map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('plugins/reference checks', () => {
  it('reports every problem of a file at once, each with its line and column', () => {
    const problems = check('A <Value name="revenue.2030.totl" />.\n\n<Cite id="nvidia-gtc-2052" /> and <Ref id="fig-markt" />.\n\n<Calout>x</Calout>\n');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^1:3: unknown fact "revenue\.2030\.totl" in <Value>; did you mean "revenue\.2030\.total"/);
    expect(problems[1]).toMatch(/^3:1: unknown source "nvidia-gtc-2052" in <Cite>/);
    expect(problems[2]).toMatch(/^3:35: unknown figure "fig-markt" in <Ref>/);
    expect(problems[3]).toMatch(/^5:1: unknown component <Calout>; did you mean <Callout>\?/);
  });

  it('a <Claim> that holds passes; one that no longer holds fails with the condition and the value', () => {
    expect(check('Scale-up <Claim fact="crossover.year" lt={2030}>overtakes before 2030</Claim>.')).toEqual([]);
    expect(check('Scale-up <Claim fact="crossover.year" lt={2029}>overtakes before 2029</Claim>.')).toEqual([
      '1:10: claim no longer holds: it needs crossover.year < 2029, but crossover.year is 2029 in vintage 2099-01. Rewrite the sentence, or state it for either outcome with <When>',
    ]);
  });

  it('<When> only needs a valid condition on a known fact; <Claim> and <When> reject malformed conditions', () => {
    expect(check('<When fact="crossover.year" ge={2030}>later</When>')).toEqual([]);
    expect(check('<When fact="crossover.yr" ge={2030}>later</When>')[0]).toMatch(/unknown fact "crossover\.yr" in <When>; did you mean "crossover\.year"/);
    expect(check('<Claim fact="crossover.year">x</Claim>')[0]).toMatch(/<Claim> needs exactly one comparison \(lt=\{…\}, .*\), got none/);
    expect(check('<Claim fact="crossover.year" lt={2030} gt={2020}>x</Claim>')[0]).toMatch(/got lt, gt/);
    expect(check('<Claim fact="crossover.year" lt="soon">x</Claim>')[0]).toMatch(/expected a number in lt=\{…\}, got "soon"/);
  });

  it('<VintageLink> names a published file or none (the data index)', () => {
    expect(check('<VintageLink file="facts.json">f</VintageLink> <VintageLink>index</VintageLink>')).toEqual([]);
    expect(check('<VintageLink file="fact.json">f</VintageLink>')[0]).toMatch(/unknown vintage file "fact\.json" in <VintageLink>; did you mean "facts\.json"/);
  });
});

describe('plugins/remark-report-refs in the dev server', () => {
  it('shows each problem in place and lists them at the top of the page, readable without JavaScript', async () => {
    const out = String(
      await compile(
        { value: '# T\n\nA <Cite id="nope" /> and <Value name="nope.fact" />.\n', path: 'content/chapters/99-test.mdx' },
        { remarkPlugins: [[remarkReportRefs, { onProblem: 'show' }]] },
      ),
    );
    expect(out).toContain('2 problems in this chapter (the build fails on them):');
    expect(out).toMatch(/content\/chapters\/99-test\.mdx:3:3: unknown source \\?"nope\\?" in <Cite>/);
    expect(out).toMatch(/content\/chapters\/99-test\.mdx:3:26: unknown fact \\?"nope\.fact\\?" in <Value>/);
    expect(out).not.toMatch(/_components\.Cite|Cite,/);
  });

  it('fails the build with every problem of the file', async () => {
    const error = await compile(
      { value: 'A <Cite id="nope" /> and <Value name="nope.fact" />.\n', path: 'content/chapters/99-test.mdx' },
      { remarkPlugins: [remarkReportRefs] },
    ).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^2 problems in this file:\n {2}content\/chapters\/99-test\.mdx:1:3: unknown source "nope"[^\n]*\n {2}content\/chapters\/99-test\.mdx:1:26: unknown fact "nope\.fact"/,
    );
  });
});
