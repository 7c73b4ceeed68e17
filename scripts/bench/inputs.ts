import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lockVintages } from '../../packages/engine/src/cli/lib/record-outputs';
import type { BuildTarget } from './build-runner';

export const BENCH_DIR = resolve('.build/bench');

/** A private copy of the real data and content (never the real folders) that a scenario may edit. */
export function copyReport(name: string): BuildTarget {
  const root = join(BENCH_DIR, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(resolve('data'), join(root, 'data'), { recursive: true });
  cpSync(resolve('content'), join(root, 'content'), { recursive: true });
  return { dataDir: join(root, 'data'), contentDir: join(root, 'content'), outDir: join(root, 'dist'), cacheDir: join(root, 'chart-cache') };
}

/**
 * A synthetic report: the real data, and `charts / 2` generated chapters with two distinct synthetic
 * figures each (REPORT_SYNTHETIC_CHARTS), a few paragraphs of prose and a couple of <Value> facts, plus one
 * chapter that keeps the real chapters' citations.
 */
export function syntheticReport(charts: number, factNames: readonly string[]): BuildTarget {
  const t = copyReport(`synthetic-${charts}`);
  const chapters = join(t.contentDir, 'chapters');
  // Sources cited only in prose must stay cited, or validation rightly fails the build ("cited nowhere").
  const citations = citationsIn(chapters);
  rmSync(chapters, { recursive: true, force: true });
  mkdirSync(chapters, { recursive: true });
  const chapterCount = Math.ceil(charts / 2);
  const [f1, f2] = [factNames[0]!, factNames[1] ?? factNames[0]!];
  for (let c = 1; c <= chapterCount; c++) {
    const figures = [2 * c - 1, 2 * c].filter((n) => n <= charts).map((n) => `bench-${String(n).padStart(4, '0')}`);
    const prose = `Synthetic chapter ${c} measures how build time grows with the number of figures. The numbers come from the model: <Value name="${f1}" /> and <Value name="${f2}" />.`;
    writeFileSync(
      join(chapters, `${String(c).padStart(4, '0')}-synthetic-${c}.mdx`),
      `---\ntitle: Synthetic chapter ${c}\norder: ${c}\ndescription: Generated for the build benchmark.\n---\n\n${prose}\n\n` +
        figures.map((id) => `<Chart id="${id}" />\n\n${prose}\n`).join('\n'),
    );
  }
  writeFileSync(
    join(chapters, `${String(chapterCount + 1).padStart(4, '0')}-sources.mdx`),
    `---\ntitle: Sources cited in the prose\norder: ${chapterCount + 1}\ndescription: The real chapters' citations, kept so every listed source stays cited.\n---\n\n` +
      citations.map((tag) => `A sentence that cites ${tag}.\n`).join('\n'),
  );
  return { ...t, syntheticCharts: charts };
}

/** Every distinct `<Cite … />` tag in a folder of chapters, in a stable order. */
function citationsIn(dir: string): string[] {
  const tags = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').match(/<Cite\b[^>]*\/>/g) ?? []);
  return [...new Set(tags)].sort();
}

/** A prose-only edit: one sentence appended to the first chapter (distinct per run, so nothing is reused by accident). */
export function editProse(t: BuildTarget, run: number): void {
  const dir = join(t.contentDir, 'chapters');
  const first = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]!;
  const file = join(dir, first);
  writeFileSync(file, readFileSync(file, 'utf8') + `\nBenchmark edit number ${run}: one more sentence of prose.\n`);
}

/**
 * A one-number data edit: the CPO price learning rate of the newest vintage moves by a hair (and the
 * copy's vintage lock is updated, as `npm run lock -- --relock <id>` would). It
 * changes the revenue figures but not the power or adoption ones, so only some charts are redrawn.
 */
export function editOneNumber(t: BuildTarget, run: number): string {
  const vintages = join(t.dataDir, 'vintages');
  const newest = readdirSync(vintages).sort().at(-1)!;
  const file = join(vintages, newest, 'assumptions.json');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const field = doc?.pricing?.learningRate;
  if (typeof field?.value !== 'number')
    throw new Error(`${file}#/pricing/learningRate/value: expected a number to edit for the bench, got ${JSON.stringify(field?.value)}`);
  field.value = Math.round((field.value + 0.0001 * (run + 1)) * 1e6) / 1e6;
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  // A published vintage is locked; the copy is relocked (with its outputs), as an author does after a deliberate correction.
  // The report is registered once, by the bench's entry (index.ts).
  lockVintages(t.dataDir, [newest]);
  return `${newest}/assumptions.json#/pricing/learningRate/value = ${field.value}`;
}
