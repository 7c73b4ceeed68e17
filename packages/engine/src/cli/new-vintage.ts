/**
 * npm run new-vintage -- <id>: scaffolds the next forecast vintage as a copy of the latest published one,
 * with status "draft" and today's date, so an author edits only what changed.
 *
 *   <id>            the new vintage, YYYY-MM (or YYYY-MM-DD for a second one in a month), newer than every existing one
 *   --from <id>     copy this vintage instead of the latest published one
 *   --date <date>   publication date to put in vintage.json (default: today, UTC)
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../data/errors';
import { listVintageIds, loadVintage } from '../data/load';
import { vintagesDir } from '../settings';
import { draftSummary } from '../data/vintage-template';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, date: { type: 'string' } },
});

function fail(message: string): never {
  console.error(`new-vintage: ${message}`);
  process.exit(1);
}

const id = positionals[0];
if (!id || positionals.length > 1) fail('usage: npm run new-vintage -- <YYYY-MM | YYYY-MM-DD> [--from <YYYY-MM>] [--date <YYYY-MM-DD>]');
if (!/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(id)) fail(`expected a vintage id as YYYY-MM or YYYY-MM-DD, got "${id}"`);
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`expected --date as YYYY-MM-DD, got "${date}"`);

const ids = listVintageIds(vintagesDir());
const dir = join(vintagesDir(), id);
if (existsSync(dir)) fail(`${relative(process.cwd(), dir)} already exists; choose a new id`);
const newest = ids[ids.length - 1];
if (newest && id <= newest) fail(`expected an id after the newest vintage ${newest}, got "${id}"; vintages are ordered by id`);

let fromId = values.from;
if (!fromId) {
  // The newest published vintage: a new forecast revises what readers last saw, not another draft.
  const published = ids.filter((v) => JSON.parse(readFileSync(join(vintagesDir(), v, 'vintage.json'), 'utf8')).status === 'published');
  fromId = published[published.length - 1];
  if (!fromId) fail(`no published vintage in ${relative(process.cwd(), vintagesDir())} to copy; pass --from <id>`);
}
if (!ids.includes(fromId)) fail(`no vintage "${fromId}" to copy; known: ${ids.join(', ')}`);
const fromDir = join(vintagesDir(), fromId);

mkdirSync(dir);
for (const name of readdirSync(fromDir)) {
  if (name !== 'vintage.json' && statSync(join(fromDir, name)).isFile()) copyFileSync(join(fromDir, name), join(dir, name));
}
// A new vintage is made now: it is never a reconstruction, whatever the one it copies was.
const { reconstructed: _reconstructed, ...meta } = JSON.parse(readFileSync(join(fromDir, 'vintage.json'), 'utf8'));
const draft = {
  ...meta,
  id,
  published: date,
  status: 'draft',
  summary: draftSummary(fromId),
};
writeFileSync(join(dir, 'vintage.json'), JSON.stringify(draft, null, 2) + '\n');

try {
  loadVintage(dir);
} catch (e) {
  // The copy of a valid vintage is valid; if not, leave nothing half-made behind.
  rmSync(dir, { recursive: true, force: true });
  if (e instanceof DataError) fail(`the copy of ${fromId} does not validate:\n${e.message}`);
  throw e;
}

const rel = relative(process.cwd(), dir).startsWith('..') ? dir : relative(process.cwd(), dir);
console.log(`Created ${rel}/ as a draft copy of ${fromId}.
Next:
  1. Edit ${rel}/assumptions.json (and sources.json): change only what new evidence changes; give each change a source or rationale.
  2. Write the summary in ${rel}/vintage.json.
  3. Preview: npm run build -- --drafts && npm run preview:drafts  (see /revisions/${id}/), or npm run dev:drafts.
  4. Publish: npm run publish -- ${id}  (checks the vintage, sets its status and date, and locks it).`);
