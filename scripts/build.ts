/**
 * npm run build: validate data, build the site into a staging folder, then swap it into place.
 * A failed build leaves the previous output untouched.
 *
 *   --out <dir>   where the finished site goes (default dist)
 *   --drafts      also publish draft vintages (an author's preview; the newest vintage, draft or not,
 *                 becomes the one the main pages show). Same as REPORT_DRAFTS=1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../src/data/errors';
import { loadCheckedVintages } from '../src/data/lock';
import { checkChapterFrontMatter } from '../src/data/chapters';
import { CHAPTERS_DIR, DATA_DIR } from '../src/report/paths';
import { commitId } from './lib/git';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, drafts: { type: 'boolean', default: false } } });
const out = resolve(values.out!);
const staging = join(dirname(out), `.${out.split('/').pop()}.staging-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(out) ? `the previous ${values.out} was left as it was` : `nothing was written to ${values.out}`}.\n${message}`);
  process.exit(1);
}

try {
  loadCheckedVintages(DATA_DIR);
} catch (e) {
  if (e instanceof DataError) fail(`Invalid data:\n${e.message}`);
  throw e;
}
const chapterProblems = checkChapterFrontMatter(CHAPTERS_DIR);
if (chapterProblems.length > 0) fail(`Invalid chapters:\n${new DataError(chapterProblems).message}`);

// Vite and Astro let environment variables with these names override import.meta.env: an inherited BASE_URL=/
// (test runners set one) silently drops the configured base path from every link. The config decides them.
const RESERVED_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !RESERVED_ENV.includes(name)));

mkdirSync(dirname(out), { recursive: true });
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/astro.js'), 'build', '--silent'], {
  stdio: 'inherit',
  env: {
    ...inherited,
    ...(values.drafts ? { REPORT_DRAFTS: '1' } : {}),
    REPORT_OUT_DIR: staging, REPORT_COMMIT: process.env.REPORT_COMMIT ?? commitId(), ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('Astro could not build the site (see the error above).');

// Swap: the old output is moved aside before the new one takes its name, then removed.
const previous = `${staging}.previous`;
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built the report into ${values.out}/`);
