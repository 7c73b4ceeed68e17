/**
 * npm run build: validate data, build the site into a staging folder, then swap it into place.
 * A failed build leaves the previous output untouched.
 *
 *   --out <dir>       where the finished site goes (default dist)
 *   --drafts          also publish draft vintages (an author's preview; the newest vintage, draft or not,
 *                     becomes the one the main pages show). Same as REPORT_DRAFTS=1.
 *   --timings <file>  where stage times go as JSON (default .build/last-build-timings.json)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../src/data/errors';
import { loadCheckedVintages } from '../src/data/lock';
import { checkChapterFrontMatter } from '../src/data/chapters';
import { CHAPTERS_DIR, CONTENT_DIR, DATA_DIR } from '../src/report/paths';
import { acquireAstroLock } from './lib/astro-lock';
import { buildInputs, STAMP_FILE } from './lib/build-inputs';
import { commitId } from './lib/git';
import { indexForSearch } from './lib/search-index';
import { CHROMIUM, renderPdf } from './pdf';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    drafts: { type: 'boolean', default: false },
    timings: { type: 'string', default: '.build/last-build-timings.json' },
  },
});
const started = performance.now();
const out = resolve(values.out!);
const staging = join(dirname(out), `.${out.split('/').pop()}.staging-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(out) ? `the previous ${values.out} was left as it was` : `nothing was written to ${values.out}`}.\n${message}`);
  process.exit(1);
}

// Taken before anything is built: an edit made while the build runs makes the output stale, as it should.
const inputs = buildInputs(process.cwd(), DATA_DIR, CONTENT_DIR);

const validateStarted = performance.now();
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

const validateMs = performance.now() - validateStarted;

/**
 * Astro keeps its content store in its cache folder. Builds of different inputs (test fixtures run side by side)
 * must not share one, or a build can read another report's chapters; so the folder is keyed by the inputs.
 */
function astroCacheDir(): string {
  if (process.env.REPORT_CACHE_DIR) return process.env.REPORT_CACHE_DIR;
  const key = createHash('sha256').update(`${CONTENT_DIR}\n${DATA_DIR}`).digest('hex').slice(0, 12);
  return resolve('node_modules/.astro', 'builds', key);
}

mkdirSync(dirname(out), { recursive: true });
const timingsFile = resolve(values.timings!);
const astroTimingsFile = `${timingsFile}.astro-${process.pid}`;
mkdirSync(dirname(timingsFile), { recursive: true });
const releaseAstroLock = acquireAstroLock();
const astroStarted = performance.now();
const prerender =
  process.env.REPORT_PRERENDER === '1' && process.env.REPORT_CHART_CACHE !== 'off'
    ? spawn(process.execPath, ['--import', 'tsx', resolve('scripts/prerender-charts.ts')], { stdio: 'ignore' })
    : undefined;
// The site links to report.pdf only when the build makes it: REPORT_PDF=0 (fixture builds) or no Chromium skips both.
const makePdf = process.env.REPORT_PDF !== '0' && existsSync(CHROMIUM);
if (process.env.REPORT_PDF !== '0' && !makePdf) console.warn(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH): no report.pdf, and the site does not link to one.`);
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/astro.js'), 'build', '--silent'], {
  stdio: 'inherit',
  env: {
    ...inherited,
    ...(values.drafts ? { REPORT_DRAFTS: '1' } : {}),
    REPORT_TIMINGS_FILE: astroTimingsFile,
    REPORT_OUT_DIR: staging,
    REPORT_PDF: makePdf ? '1' : '0',
    REPORT_CACHE_DIR: astroCacheDir(),
    REPORT_COMMIT: process.env.REPORT_COMMIT ?? commitId(),
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
const astroMs = performance.now() - astroStarted;
prerender?.kill(); // whatever it has not drawn yet, Astro already has
releaseAstroLock();
if (astro.status !== 0) fail('Astro could not build the site (see the error above).');

// Post-build steps work on the staging folder, so a failure here also leaves the previous output alone.
try {
  const pages = await indexForSearch(staging);
  console.log(`Search index: ${pages} pages`);
} catch (e) {
  fail(`Pagefind could not index the site: ${(e as Error).message}`);
}
if (makePdf) {
  const pdfStarted = performance.now();
  try {
    await renderPdf(staging, join(staging, 'report.pdf'));
  } catch (e) {
    fail(`Could not print the report to PDF: ${(e as Error).message}`);
  }
  console.log(`PDF: report.pdf in ${((performance.now() - pdfStarted) / 1000).toFixed(1)} s`);
}

// What this output was built from, so tests refuse to read it once the sources move on (scripts/lib/build-inputs.ts).
writeFileSync(join(staging, STAMP_FILE), JSON.stringify(inputs, null, 1) + '\n');

// Swap: the old output is moved aside before the new one takes its name, then removed.
const previous = `${staging}.previous`;
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });

// Stage times for the bench (scripts/bench): kept out of dist/ so the site stays byte-for-byte reproducible.
let inAstro: Record<string, number> = {};
try {
  inAstro = JSON.parse(readFileSync(astroTimingsFile, 'utf8'));
} catch {
  // Astro exited without writing timings: report the stages measured here only.
}
rmSync(astroTimingsFile, { force: true });
const { modelMs = 0, chartRenderMs = 0, chartRenderCpuMs = 0, chartsRendered = 0, svgCacheHits = 0, svgCacheMisses = 0, maxRssBytes = 0, cpuMs = 0 } = inAstro;
const totalMs = performance.now() - started;
writeFileSync(
  timingsFile,
  JSON.stringify(
    { totalMs, validateMs, astroMs, astroCpuMs: cpuMs, modelMs, chartRenderMs, chartRenderCpuMs, pagesMs: astroMs - modelMs - chartRenderMs, chartsRendered, svgCacheHits, svgCacheMisses, maxRssBytes },
    null,
    2,
  ) + '\n',
);
console.log(`Built the report into ${values.out}/ in ${(totalMs / 1000).toFixed(1)} s (charts: ${svgCacheMisses} drawn, ${svgCacheHits} from cache).`);
