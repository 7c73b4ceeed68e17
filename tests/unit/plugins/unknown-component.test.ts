import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { availableComponents, remarkReportRefs } from '../../../packages/engine/src/plugins/remark-report-refs';

const check = (source: string) => compile({ value: source, path: 'content/chapters/99-test.mdx' }, { remarkPlugins: [remarkReportRefs] });

describe('plugins/unknown components in a chapter', () => {
  it('reads the component list from src/components/index.ts', () => {
    expect([...availableComponents()]).toEqual(expect.arrayContaining(['Chart', 'Value', 'Callout', 'Cite', 'Ref']));
  });

  it('rejects a capitalised tag that is not a known component, naming the line and the closest component', async () => {
    const error = await check('Text.\n\n<Calout kind="note">x</Calout>\n').catch((e: { line?: number; message: string }) => e);
    expect(error).toMatchObject({ line: 3, column: 1 });
    expect((error as Error).message).toMatch(/^unknown component <Calout>; did you mean <Callout>\? Chapters can use <Chart>, /);
  });

  it('accepts known components, HTML elements and components the chapter imports itself', async () => {
    await expect(check('<Callout kind="note">x</Callout>\n\n<abbr title="x">y</abbr>\n')).resolves.toBeDefined();
    await expect(check("import Foo from './foo.astro';\n\n<Foo />\n")).resolves.toBeDefined();
  });
});
