/**
 * forecast-report build: validate data, build the site into a staging folder, index it for search, print the PDF,
 * then swap it into place. A failed build leaves the previous output untouched.
 *
 *   --out <dir>       where the finished site goes (default: the report's site.outDir, or dist-drafts with --drafts)
 *   --drafts          also publish draft vintages (an author's preview; the newest vintage, draft or not,
 *                     becomes the one the main pages show). Same as REPORT_DRAFTS=1. Every page then carries a
 *                     draft banner and noindex, and the site goes to its own folder, never over the real one.
 *   --timings <file>  where stage times go as JSON (default .build/last-build-timings.json)
 *
 * `buildSite` takes its side effects (running Astro, the file system, the clock, the post-build steps) as
 * arguments, so the staging and swap logic is tested without spawning anything (tests/unit/cli/build.test.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { currentReport } from '../report/current';
import { chaptersDir, contentDir, dataDir, settings } from '../settings';
import { acquireAstroLock } from './lib/astro-lock';
import { buildInputs, STAMP_FILE, type BuildInputs } from './lib/build-inputs';
import { commitId } from './lib/git';
import { formatProblems, preflight, problemCount } from './lib/preflight';

export interface BuildOptions {
  /** Where the finished site goes (absolute). */
  out: string;
  /** How messages name it (default: `out`). */
  outLabel?: string;
  drafts: boolean;
  /** Where stage times go (absolute). */
  timingsFile: string;
  /** Print report.pdf (and link to it). */
  pdf: boolean;
  /** What the site is built from, written into it as STAMP_FILE, so tests can refuse a stale output. */
  inputs?: BuildInputs;
}

/** Everything the build does to the world, so tests can replace it. */
export interface BuildEffects {
  fs: Pick<typeof fs, 'existsSync' | 'mkdirSync' | 'readFileSync' | 'renameSync' | 'rmSync' | 'writeFileSync'>;
  now(): number;
  pid: number;
  log(message: string): void;
  /** Checks data and chapters (for a draft build when `drafts`); returns every problem as one message, or undefined when all is well. */
  validate(drafts: boolean): string | undefined;
  /** Runs `astro build` into `outDir`; resolves with its exit status. */
  astro(env: Record<string, string>): number;
  /** Starts the chart pre-renderer beside Astro (bench option); returns how to stop it. */
  prerender?(): () => void;
  indexForSearch(dir: string): Promise<number>;
  renderPdf(dir: string, file: string): Promise<void>;
}

export type BuildResult = { ok: true; totalMs: number; message: string } | { ok: false; message: string };

/**
 * Builds into a staging folder next to `out` and swaps it in only when every step succeeded. Returns what happened
 * instead of exiting, so a caller (the CLI, a test) decides.
 */
export async function buildSite(options: BuildOptions, fx: BuildEffects): Promise<BuildResult> {
  const started = fx.now();
  const { out } = options;
  const label = options.outLabel ?? out;
  const staging = join(dirname(out), `.${out.split('/').pop()}.staging-${fx.pid}`);
  const fail = (message: string): BuildResult => {
    fx.fs.rmSync(staging, { recursive: true, force: true });
    return {
      ok: false,
      message: `\nBuild failed; ${fx.fs.existsSync(out) ? `the previous ${label} was left as it was` : `nothing was written to ${label}`}.\n${message}`,
    };
  };

  const problems = fx.validate(options.drafts);
  if (problems) return fail(problems);
  const validateMs = fx.now() - started;

  fx.fs.mkdirSync(dirname(out), { recursive: true });
  fx.fs.mkdirSync(dirname(options.timingsFile), { recursive: true });
  const astroTimingsFile = `${options.timingsFile}.astro-${fx.pid}`;
  const astroStarted = fx.now();
  const stopPrerender = fx.prerender?.();
  const status = fx.astro({
    ...(options.drafts ? { REPORT_DRAFTS: '1' } : {}),
    REPORT_TIMINGS_FILE: astroTimingsFile,
    REPORT_OUT_DIR: staging,
    REPORT_PDF: options.pdf ? '1' : '0',
  });
  const astroMs = fx.now() - astroStarted;
  stopPrerender?.(); // whatever it has not drawn yet, Astro already has
  if (status !== 0) return fail('Astro could not build the site (see the error above).');

  // Post-build steps work on the staging folder, so a failure here also leaves the previous output alone. They are
  // independent (Pagefind reads the HTML and writes pagefind/; the PDF reads the HTML and writes report.pdf), so
  // they run at the same time: Chromium mostly waits on its own process while Pagefind works.
  const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const t0 = fx.now();
    const value = await run();
    return { value, ms: fx.now() - t0 };
  };
  const [search, pdf] = await Promise.allSettled([
    timed(() => fx.indexForSearch(staging)),
    options.pdf ? timed(() => fx.renderPdf(staging, join(staging, 'report.pdf'))) : Promise.resolve(undefined),
  ]);
  if (search.status === 'rejected') return fail(`Pagefind could not index the site: ${(search.reason as Error).message}`);
  if (pdf.status === 'rejected') return fail(`Could not print the report to PDF: ${(pdf.reason as Error).message}`);
  fx.log(`Search index: ${search.value.value} pages in ${(search.value.ms / 1000).toFixed(1)} s`);
  if (pdf.value) fx.log(`PDF: report.pdf in ${(pdf.value.ms / 1000).toFixed(1)} s`);
  const postBuildMs = fx.now() - astroStarted - astroMs;

  if (options.inputs) fx.fs.writeFileSync(join(staging, STAMP_FILE), JSON.stringify(options.inputs, null, 1) + '\n');

  // Swap: the old output is moved aside before the new one takes its name, then removed.
  const previous = `${staging}.previous`;
  if (fx.fs.existsSync(out)) fx.fs.renameSync(out, previous);
  fx.fs.renameSync(staging, out);
  fx.fs.rmSync(previous, { recursive: true, force: true });

  // Stage times for the bench (scripts/bench): kept out of dist/ so the site stays byte-for-byte reproducible.
  let inAstro: Record<string, number> = {};
  try {
    inAstro = JSON.parse(String(fx.fs.readFileSync(astroTimingsFile, 'utf8')));
  } catch {
    // Astro exited without writing timings: report the stages measured here only.
  }
  fx.fs.rmSync(astroTimingsFile, { force: true });
  const {
    modelMs = 0,
    chartRenderMs = 0,
    chartRenderCpuMs = 0,
    chartsRendered = 0,
    svgCacheHits = 0,
    svgCacheMisses = 0,
    maxRssBytes = 0,
    cpuMs = 0,
  } = inAstro;
  const totalMs = fx.now() - started;
  fx.fs.writeFileSync(
    options.timingsFile,
    JSON.stringify(
      {
        totalMs,
        validateMs,
        astroMs,
        searchIndexMs: search.value.ms,
        pdfMs: pdf.value?.ms ?? 0,
        postBuildMs,
        astroCpuMs: cpuMs,
        modelMs,
        chartRenderMs,
        chartRenderCpuMs,
        pagesMs: astroMs - modelMs - chartRenderMs,
        chartsRendered,
        svgCacheHits,
        svgCacheMisses,
        maxRssBytes,
      },
      null,
      2,
    ) + '\n',
  );
  return { ok: true, totalMs, message: `(charts: ${svgCacheMisses} drawn, ${svgCacheHits} from cache)` };
}

// Vite and Astro let environment variables with these names override import.meta.env: an inherited BASE_URL=/
// (test runners set one) silently drops the configured base path from every link. The config decides them.
const RESERVED_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/**
 * Astro keeps its content store in its cache folder. Builds of different inputs (test fixtures run side by side)
 * must not share one, or a build can read another report's chapters; so the folder is keyed by the inputs.
 */
function astroCacheDir(): string {
  if (process.env.REPORT_CACHE_DIR) return process.env.REPORT_CACHE_DIR;
  const key = createHash('sha256').update(`${contentDir()}\n${dataDir()}`).digest('hex').slice(0, 12);
  return resolve('node_modules/.astro', 'builds', key);
}

/** The real side effects: the CLI's. */
export function realEffects(): BuildEffects {
  const require = createRequire(import.meta.url);
  const astroBin = join(dirname(require.resolve('astro/package.json')), 'astro.js');
  const cliEntry = join(dirname(fileURLToPath(import.meta.url)), 'index.ts');
  return {
    fs,
    now: () => performance.now(),
    pid: process.pid,
    log: (m) => console.log(m),
    validate(drafts) {
      // Data, frozen outputs, front matter and every chapter reference, all at once.
      const problems = preflight({ dataDir: dataDir(), chaptersDir: chaptersDir(), includeDrafts: drafts });
      return problemCount(problems) > 0 ? formatProblems(problems) : undefined;
    },
    astro(env) {
      const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !RESERVED_ENV.includes(name)));
      const release = acquireAstroLock();
      try {
        // outDir goes on the command line: Astro derives its server and client folders from it before integrations run.
        const r = spawnSync(process.execPath, [astroBin, 'build', '--silent', '--outDir', env.REPORT_OUT_DIR!], {
          stdio: 'inherit',
          env: {
            ...inherited,
            ...env,
            REPORT_CACHE_DIR: astroCacheDir(),
            REPORT_COMMIT: process.env.REPORT_COMMIT ?? commitId(),
            ASTRO_TELEMETRY_DISABLED: '1',
          },
        });
        return r.status ?? 1;
      } finally {
        release();
      }
    },
    prerender:
      process.env.REPORT_PRERENDER === '1' && process.env.REPORT_CHART_CACHE !== 'off'
        ? () => {
            const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, 'prerender-charts'], { stdio: 'ignore' });
            return () => child.kill();
          }
        : undefined,
    // Loaded when used: Pagefind and Playwright cost a failing build (bad data) a second of start-up otherwise.
    indexForSearch: async (dir) => (await import('./lib/search-index')).indexForSearch(dir),
    renderPdf: async (dir, file) => (await import('./pdf')).renderPdf(dir, file),
  };
}

export async function buildCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      drafts: { type: 'boolean', default: false },
      timings: { type: 'string', default: '.build/last-build-timings.json' },
    },
  });
  const drafts = values.drafts! || settings.includeDrafts();
  // A preview with unpublished vintages never lands where the production site is built.
  const outName = values.out ?? (drafts ? 'dist-drafts' : currentReport().site.outDir);
  // The site links to report.pdf only when the build makes it: REPORT_PDF=0 (fixture builds) or no Chromium skips both.
  const chromium = settings.chromium();
  const pdf = settings.pdfLinked() && fs.existsSync(chromium);
  if (settings.pdfLinked() && !pdf) console.warn(`No Chromium at ${chromium} (set CHROMIUM_PATH): no report.pdf, and the site does not link to one.`);
  // Taken before anything is built: an edit made while the build runs leaves the output stale, as it should.
  const inputs = buildInputs(process.cwd(), dataDir(), contentDir());
  const result = await buildSite({ out: resolve(outName), outLabel: outName, drafts, timingsFile: resolve(values.timings!), pdf, inputs }, realEffects());
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  console.log(`Built the report into ${outName}/ in ${(result.totalMs / 1000).toFixed(1)} s ${result.message}.`);
  return 0;
}
