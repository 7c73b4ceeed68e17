/**
 * npm run publish -- <id>: the one step that publishes a forecast vintage. It checks the vintage, and only when
 * every check passes sets "status": "published" and the publication date in its vintage.json, locks its files
 * and records its outputs (facts and figure data) in data/vintages.lock.json.
 *
 *   --date <date>   publication date (default: today, UTC); must be in or after the vintage's month and not later than today
 *
 * Checks, all reported at once: the summary is no longer the draft template; every value that changed since the
 * previous published vintage has a new source or rationale; the date; every new source is cited somewhere; the
 * calibration targets still hold; and every chapter reference and <Claim> holds for this vintage's numbers.
 * A vintage published and locked but not committed yet can be fixed and published again with the same command.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { vintageCommitted } from '../data/committed';
import { DataError, formatProblem, type Problem } from '../data/errors';
import { loadAllVintages, type Vintage } from '../data/load';
import { LOCK_FILE_NAME, readLock } from '../data/lock';
import { chaptersDir, dataDir, vintagesDir } from '../settings';
import { calibrationProblems, dateProblems, provenanceProblems, summaryProblems, uncitedSources } from '../report/publish-checks';
import { chapterReferenceProblems } from './lib/preflight';
import { lockVintages } from './lib/record-outputs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' } } });
function fail(message: string): never {
  console.error(`publish: ${message}`);
  process.exit(1);
}
const id = positionals[0];
if (!id || positionals.length > 1) fail('usage: npm run publish -- <YYYY-MM> [--date YYYY-MM-DD]');
const today = new Date().toISOString().slice(0, 10);
const date = values.date ?? today;

let vintages: Vintage[];
try {
  vintages = loadAllVintages(vintagesDir());
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  fail(`the data does not validate; fix these first:\n${e.message}`);
}
const vintage = vintages.find((v) => v.id === id) ?? fail(`no vintage "${id}"; known: ${vintages.map((v) => v.id).join(', ')}`);
const lock = readLock(join(dataDir(), LOCK_FILE_NAME)) ?? { vintages: {} };
const republish = Boolean(lock.vintages[id]);
if (republish && vintageCommitted(vintage.dir) === true) {
  fail(
    `vintage ${id} is already published, locked and committed; readers may have seen it. Make the change in a new vintage: npm run new-vintage -- <YYYY-MM>`,
  );
}
const previous = vintages.filter((v) => v.id < id && v.meta.status === 'published').pop();

const problems: Problem[] = [
  ...summaryProblems(vintage),
  ...dateProblems(vintage, date, today),
  ...provenanceProblems(vintage, previous),
  ...calibrationProblems(vintage),
];
const sources = uncitedSources(vintage, previous, chaptersDir());
problems.push(...sources.problems);
// Once published, the chapters show this vintage: every reference and claim must hold for its numbers.
problems.push(...chapterReferenceProblems(chaptersDir(), id).map((p) => ({ ...p, pointer: undefined })));
for (const w of sources.warnings) console.warn(`note: ${w}`);

if (problems.length > 0) {
  const files = new Set(problems.map((p) => p.file)).size;
  const where = (p: Problem) => (p.pointer === undefined && p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}: ${p.message}` : formatProblem(p));
  fail(
    `cannot publish ${id}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n${problems.map((p) => `  ${where(p)}`).join('\n')}\nNothing was changed.`,
  );
}

// Set status and date, then lock; if locking fails, vintage.json goes back to what it was.
const metaPath = join(vintage.dir, 'vintage.json');
const original = readFileSync(metaPath);
const meta = JSON.parse(original.toString('utf8'));
writeFileSync(metaPath, JSON.stringify({ ...meta, published: date, status: 'published' }, null, 2) + '\n');
try {
  const { lock: written } = lockVintages(dataDir(), republish ? [id] : []);
  const outputs = written.outputs;
  const factCount = Object.keys(outputs[id]?.facts ?? {}).length;
  console.log(`${republish ? 'Published again' : 'Published'} ${id} on ${date}: status "published", files locked, ${factCount} facts and ${Object.keys(outputs[id]?.charts ?? {}).length} figures recorded in data/${LOCK_FILE_NAME}.
Next: npm run build, then commit data/ (the vintage folder and the lock file) in one commit.`);
} catch (e) {
  writeFileSync(metaPath, original);
  if (!(e instanceof DataError)) throw e;
  fail(`could not lock ${id}; vintage.json was left as it was:\n${e.message}`);
}
