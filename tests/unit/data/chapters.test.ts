import { describe, expect, it } from 'vitest';
import { frontMatterProblems } from '../../../packages/engine/src/data/chapters';
import { formatProblem } from '../../../packages/engine/src/data/errors';

const check = (text: string) => frontMatterProblems('content/chapters/99-x.mdx', text).map(formatProblem);

describe('data/chapter front matter', () => {
  it('accepts a complete front matter block', () => {
    expect(check('---\ntitle: Why now\norder: 2\ndescription: One sentence.\n---\n\nText.\n')).toEqual([]);
  });

  it('names each missing or wrong field with its line', () => {
    expect(check('---\norder: "two"\ndescription: ""\n---\nText.\n')).toEqual([
      'content/chapters/99-x.mdx#/title (line 2, column 1): every chapter needs a "title" in its front matter',
      'content/chapters/99-x.mdx#/order (line 2, column 8): expected "order" to be a number (chapters are sorted by it)',
      'content/chapters/99-x.mdx#/description (line 3, column 14): expected "description" to be non-empty text',
    ]);
  });

  it('reports YAML syntax errors at their line, and a missing block', () => {
    expect(check('---\ntitle: a: b\norder: 1\n---\nText.\n')).toEqual([
      'content/chapters/99-x.mdx (line 2, column 8): front matter is not valid YAML: Nested mappings are not allowed in compact mappings',
    ]);
    expect(check('---\ntitle: "Unclosed\norder: 1\n---\nText.\n')[0]).toMatch(
      /^content\/chapters\/99-x\.mdx \(line 3, column \d+\): front matter is not valid YAML: Missing closing "quote/,
    );
    expect(check('# No front matter\n')).toEqual([
      'content/chapters/99-x.mdx (line 1, column 1): expected front matter at the top of the chapter: a block between --- lines with title, order and description',
    ]);
  });
});
