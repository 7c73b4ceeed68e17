import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, type BuildEffects } from '../../../packages/engine/src/cli/build';
import { buildInputs, STAMP_FILE, staleOutputReason } from '../../../packages/engine/src/cli/lib/build-inputs';

/** Runs the build's staging and swap logic with Astro, Pagefind and the PDF replaced by fakes; no process is spawned. */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(previous = true) {
  const root = mkdtempSync(join(tmpdir(), 'build-fn-'));
  dirs.push(root);
  const out = join(root, 'dist');
  if (previous) {
    fs.mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
  }
  let clock = 0;
  const calls: string[] = [];
  const fx: BuildEffects = {
    fs,
    now: () => (clock += 100),
    pid: 4242,
    log: () => {},
    validate: () => undefined,
    astro(env) {
      calls.push('astro');
      fs.mkdirSync(env.REPORT_OUT_DIR!, { recursive: true });
      writeFileSync(join(env.REPORT_OUT_DIR!, 'index.html'), 'new build');
      writeFileSync(env.REPORT_TIMINGS_FILE!, JSON.stringify({ modelMs: 40, chartRenderMs: 60, svgCacheMisses: 3 }));
      return 0;
    },
    indexForSearch: async () => (calls.push('search'), 7),
    renderPdf: async (_dir, file) => {
      calls.push('pdf');
      writeFileSync(file, '%PDF');
    },
  };
  const options = { out, drafts: false, timingsFile: join(root, '.build', 'timings.json'), pdf: true };
  return { root, out, fx, options, calls };
}

describe('cli/build: buildSite stages, then swaps into place only on success', () => {
  it('a successful build replaces the previous output, leaves no staging folder and writes stage times', async () => {
    const { root, out, fx, options, calls } = setup();
    const result = await buildSite(options, fx);
    expect(result.ok).toBe(true);
    expect(calls).toEqual(['astro', 'search', 'pdf']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new build');
    expect(readFileSync(join(out, 'report.pdf'), 'utf8')).toBe('%PDF');
    expect(readdirSync(root).sort()).toEqual(['.build', 'dist']);
    const timings = JSON.parse(readFileSync(options.timingsFile, 'utf8'));
    expect(timings).toMatchObject({ modelMs: 40, chartRenderMs: 60, svgCacheMisses: 3, pagesMs: timings.astroMs - 100 });
    expect(readdirSync(join(root, '.build'))).toEqual(['timings.json']);
  });

  it('stamps the output with what it was built from, and tests can tell a stale output from a fresh one', async () => {
    const { root, out, fx, options } = setup();
    // A tiny report: its inputs are its own folder's files (no src/ here) plus the engine's sources.
    const data = join(root, 'data');
    fs.mkdirSync(data);
    writeFileSync(join(data, 'numbers.json'), '{"a": 1}');
    const inputs = buildInputs(root, data, join(root, 'content'));
    expect(inputs.files['data/numbers.json']).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(inputs.files).some((f) => f.startsWith('engine/src/charts/'))).toBe(true);
    expect((await buildSite({ ...options, inputs }, fx)).ok).toBe(true);
    expect(JSON.parse(readFileSync(join(out, STAMP_FILE), 'utf8'))).toEqual(inputs);
    expect(staleOutputReason(out, buildInputs(root, data, join(root, 'content')))).toBeUndefined();
    writeFileSync(join(data, 'numbers.json'), '{"a": 2}');
    expect(staleOutputReason(out, buildInputs(root, data, join(root, 'content')))).toMatch(/built from other sources .*changed since: data\/numbers\.json/);
    rmSync(join(out, STAMP_FILE));
    expect(staleOutputReason(out, inputs)).toMatch(/has no \.build-inputs\.json/);
  });

  it('indexes for search and prints the PDF at the same time, and times each', async () => {
    const { fx, options } = setup();
    let pdfStarted!: () => void;
    const pdfHasStarted = new Promise<void>((ok) => (pdfStarted = ok));
    // Search finishes only once the PDF has started: run one after the other, this build would never end.
    fx.indexForSearch = async () => {
      await pdfHasStarted;
      return 7;
    };
    fx.renderPdf = async (_dir, file) => {
      pdfStarted();
      writeFileSync(file, '%PDF');
    };
    const result = await buildSite(options, fx);
    expect(result.ok).toBe(true);
    const timings = JSON.parse(readFileSync(options.timingsFile, 'utf8'));
    expect(timings.searchIndexMs).toBeGreaterThan(0);
    expect(timings.pdfMs).toBeGreaterThan(0);
  });

  it('when Astro fails, the previous output is untouched and the staging folder is gone', async () => {
    const { root, out, fx, options, calls } = setup();
    fx.astro = (env) => {
      calls.push('astro');
      fs.mkdirSync(env.REPORT_OUT_DIR!, { recursive: true });
      writeFileSync(join(env.REPORT_OUT_DIR!, 'half.html'), 'half');
      return 1;
    };
    const result = await buildSite({ ...options, outLabel: 'dist' }, fx);
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toContain('the previous dist was left as it was');
    expect(calls).toEqual(['astro']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(root).sort()).toEqual(['.build', 'dist']);
  });

  it('invalid data stops the build before Astro runs, and says nothing was written when there was no output', async () => {
    const { root, fx, options, calls } = setup(false);
    fx.validate = () => 'Invalid data:\ndata/vintages/2026-11/assumptions.json#/years: expected …';
    const result = await buildSite({ ...options, outLabel: 'dist' }, fx);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('nothing was written to dist');
    expect(result.message).toContain('assumptions.json#/years');
    expect(calls).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
  });

  it('a failing post-build step (PDF) also leaves the previous output in place', async () => {
    const { out, fx, options } = setup();
    fx.renderPdf = async () => {
      throw new Error('Chromium crashed');
    };
    const result = await buildSite(options, fx);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('Could not print the report to PDF: Chromium crashed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('passes drafts and the PDF decision to Astro, and skips the PDF when told', async () => {
    const { fx, options, calls } = setup();
    let seen: Record<string, string> = {};
    const astro = fx.astro;
    fx.astro = (env) => ((seen = env), astro(env));
    await buildSite({ ...options, drafts: true, pdf: false }, fx);
    expect(seen).toMatchObject({ REPORT_DRAFTS: '1', REPORT_PDF: '0' });
    expect(calls).toEqual(['astro', 'search']);
  });
});
