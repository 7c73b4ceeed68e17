import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportIndex, ReportIndexError } from '../../../packages/engine/src/plugins/report-index';

function chapters(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-index-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const chapter = (title: string, order: number, body: string) => `---\ntitle: ${title}\norder: ${order}\ndescription: x\n---\n\n${body}\n`;

describe('report index', () => {
  it('numbers figures and tables per kind in reading order (front matter order, not file name)', () => {
    const dir = chapters({
      // File names sort the other way round: order must win.
      'a-second.mdx': chapter('Second', 2, '<Chart id="fig-c" />\n\n<Table id="tbl-b" title="B">\n\n|a|\n|-|\n|1|\n\n</Table>'),
      'b-first.mdx': chapter(
        'First',
        1,
        'Text <Ref id="fig-c" />.\n\n<Chart id="fig-a" />\n\n<Table id="tbl-a" title="A">\nx\n</Table>\n\n<Figure id="fig-b" title="B">x</Figure>',
      ),
    });
    const index = buildReportIndex(dir);
    expect(index.chapters.map((c) => c.title)).toEqual(['First', 'Second']);
    const labels = Object.fromEntries([...index.items.values()].map((i) => [i.id, `${i.label}@${i.chapter}`]));
    expect(labels).toEqual({
      'fig-a': 'Figure 1@b-first',
      'tbl-a': 'Table 1@b-first',
      'fig-b': 'Figure 2@b-first',
      'fig-c': 'Figure 3@a-second',
      'tbl-b': 'Table 2@a-second',
    });
    expect(index.items.get('fig-b')?.title).toBe('B');
  });

  it('uses the site slug: file name without its numeric prefix', () => {
    const dir = chapters({ '03-why-now.mdx': chapter('Why now', 3, '<Chart id="fig-x" />') });
    expect(buildReportIndex(dir).items.get('fig-x')?.chapter).toBe('why-now');
  });

  it('numbers citations report-wide in first-citation order and lists each chapter’s own citations once', () => {
    const dir = chapters({
      '01-a.mdx': chapter('A', 1, 'One <Cite id="s2" /> two <Cite id="s1" /> again <Cite id="s2" />.'),
      '02-b.mdx': chapter('B', 2, 'Three <Cite id="s3" /> and <Cite id="s1" />.'),
    });
    const index = buildReportIndex(dir);
    expect([...index.citationNumbers]).toEqual([
      ['s2', 1],
      ['s1', 2],
      ['s3', 3],
    ]);
    expect(index.chapters.map((c) => c.citations)).toEqual([
      ['s2', 's1'],
      ['s3', 's1'],
    ]);
  });

  it('rejects a duplicate id with both places, file and line', () => {
    const dir = chapters({
      '01-a.mdx': chapter('A', 1, 'Intro.\n\n<Chart id="fig-dup" />'),
      '02-b.mdx': chapter('B', 2, 'Para.\n\nMore.\n\n<Figure id="fig-dup" title="Again">x</Figure>'),
    });
    let error: unknown;
    try {
      buildReportIndex(dir, dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportIndexError);
    // Front matter is 5 lines and a blank line, so the body starts on line 7.
    expect((error as Error).message).toBe(
      '02-b.mdx:11:1: duplicate id "fig-dup" in <Figure>; it is already used by <Chart> at 01-a.mdx:9:1. Each figure and table needs its own id.',
    );
  });

  it('returns an empty index for a report without chapters', () => {
    const index = buildReportIndex(join(tmpdir(), 'no-such-report-dir'));
    expect(index.chapters).toEqual([]);
    expect(index.items.size).toBe(0);
  });
});
