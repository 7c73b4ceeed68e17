import { build } from 'esbuild';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { applyOverrides } from '../../../packages/engine/src/data/overrides';
import { resolveControls, type Control } from '../../../packages/engine/src/explore/controls';
import { explore as sourceExplore, seriesAt, type ExplorerView } from '../../../packages/engine/src/explore/compute';
import { EXPLORER_MODEL_ID } from '../../../packages/engine/src/integration';
import * as browserModule from '../../../src/explorer';
import report from '../../../src/report';
import { toModelInputs } from '../../../src/inputs';
import { buildFacts } from '../../../src/facts';
import { runModel } from '../../../src/model/project';

/**
 * The explore page's model is a browser bundle of the engine's explore/browser-model.ts with the report's
 * explorer module (src/explorer.ts) in place of the integration's virtual module. This test bundles it for the
 * browser (esbuild, as Vite does for the page) and compares what it computes with the build's own path, which
 * validates overrides with the report's schema: applyOverrides → toModelInputs → runModel → buildFacts.
 */
const vintage = loadVintage(resolve('data/vintages/2026-11'));
const explorer = report.explorer!;
const controls = resolveControls(vintage.assumptions, explorer.assumptions);
const explorerView: ExplorerView = { headline: explorer.headline!.map((n) => n.replace('{end}', '2030')), chart: explorer.chart };
type Bundle = typeof import('../../../packages/engine/src/explore/browser-model');
let bundle: Bundle;
let dir: string;

beforeAll(async () => {
  // Under node_modules, so vitest loads the bundle with Node's own loader instead of transforming it again.
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(resolve('node_modules/.cache/explorer-bundle-'));
  const out = await build({
    entryPoints: [resolve('packages/engine/src/explore/browser-model.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'explorer-model',
        setup: (b) => b.onResolve({ filter: /^virtual:forecast-report\/explorer-model$/ }, () => ({ path: resolve(explorer.module) })),
      },
    ],
  });
  expect(out.outputFiles[0]!.text).not.toMatch(/from ["']node:/);
  const file = join(dir, 'browser-model.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  bundle = (await import(pathToFileURL(file).href)) as Bundle;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A setting on the control's grid, anywhere in its range. */
const settingOf = (c: Control) => fc.integer({ min: 0, max: Math.round((c.max - c.min) / c.step) }).map((k) => Number((c.min + k * c.step).toFixed(6)));
const settings = fc.record(Object.fromEntries(controls.map((c) => [c.id, settingOf(c)])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, number>>;

function buildPath(s: Record<string, number>) {
  const overrides = Object.fromEntries(
    controls.filter((c) => s[c.id] !== undefined && s[c.id] !== c.base).map((c) => [c.assumption, c.kind === 'scale' ? { scale: s[c.id]! } : s[c.id]!]),
  );
  const applied = applyOverrides(vintage.assumptions, overrides, { file: 'test' }, { schema: report.assumptions, checks: report.checks });
  expect(applied.problems).toEqual([]);
  const inputs = toModelInputs(applied.doc! as Parameters<typeof toModelInputs>[0]);
  const results = runModel(inputs);
  const facts = buildFacts(results, inputs);
  return {
    headline: explorerView.headline.map((name) => ({ name, value: facts.get(name).value, text: facts.get(name).text })),
    series: seriesAt(results, explorerView.chart.series),
  };
}

describe('explore/the browser bundle computes what the build computes', () => {
  it('the browser module hands over the very functions the report gives the engine', () => {
    expect(EXPLORER_MODEL_ID).toBe('virtual:forecast-report/explorer-model');
    expect(browserModule.run).toBe(report.run);
    expect(browserModule.toInputs).toBe(report.toInputs);
    expect(browserModule.facts).toBe(report.facts);
  });

  it('the report names 6–8 explorable assumptions, each resolved to a range around its published value', () => {
    expect(controls.length).toBeGreaterThanOrEqual(6);
    expect(controls.length).toBeLessThanOrEqual(8);
    for (const c of controls) expect(c.min < c.base && c.base < c.max, c.id).toBe(true);
  });

  it('is a separate bundle, not the source modules', () => {
    expect(bundle.explore).not.toBe(sourceExplore);
  });

  it('on the published base case', () => {
    const mine = bundle.explore(bundle.explorerModel, explorerView, vintage.assumptions, controls, {});
    expect(mine).toEqual(buildPath({}));
    // and that is the published forecast itself
    const published = buildFacts(runModel(vintage.inputs), vintage.inputs);
    expect(mine.headline.map((f) => f.text)).toEqual(explorerView.headline.map((n) => published.get(n).text));
  });

  it('on random settings of every control', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const mine = bundle.explore(bundle.explorerModel, explorerView, vintage.assumptions, controls, s);
        expect(mine).toEqual(buildPath(s));
      }),
      { numRuns: 60 },
    );
  });

  it('moving a control away from the base changes the chart series', () => {
    const c = controls.find((x) => x.id === 'learningRate')!;
    const mine = bundle.explore(bundle.explorerModel, explorerView, vintage.assumptions, controls, { [c.id]: c.max });
    expect(mine.series).not.toEqual(buildPath({}).series);
  });
});
