import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { formatSetting, resolveControls } from '../../../packages/engine/src/explore/controls';
import { overridesFor, setArguments } from '../../../packages/engine/src/explore/compute';
import { readSettings, writeSettings } from '../../../packages/engine/src/explore/state';

const doc = loadVintage(resolve('data/vintages/2026-11')).assumptions;
const [mid, cap, series] = resolveControls(doc, [
  { id: 'mid', assumption: 'segments.scaleUp.adoption.midpointYear', step: 0.25 },
  { id: 'cap', assumption: 'segments.scaleUp.adoption.cap', step: 0.01 },
  { id: 'ships', assumption: 'acceleratorShipments', step: 0.01 },
]) as [ReturnType<typeof resolveControls>[number], ReturnType<typeof resolveControls>[number], ReturnType<typeof resolveControls>[number]];
const controls = [mid, cap, series];

describe('explore/controls', () => {
  it('takes ranges from the distribution: normal truncated to its bounds, relative scaled by the value, series as a multiplier', () => {
    // normal, mean 2031, sd 1: the central 99% is 2031 ± 2.58, snapped outward to quarter years
    expect([mid.min, mid.base, mid.max]).toEqual([2028.25, 2031, 2033.75]);
    // triangular ×0.4 … ×1.8 of 0.25: 0.1 … 0.45, the 0.5% tails trimmed to the step
    expect(cap.min).toBeGreaterThanOrEqual(0.1);
    expect(cap.max).toBeLessThanOrEqual(0.45);
    expect(cap.base).toBe(0.25);
    expect(series).toMatchObject({ kind: 'scale', base: 1, unit: 'units' });
    expect(series.min).toBeGreaterThanOrEqual(0.8);
    expect(series.max).toBeLessThanOrEqual(1.2);
  });

  it('rejects an unknown path, a duplicate id and an assumption without distribution or range, naming the entry', () => {
    expect(() => resolveControls(doc, [{ id: 'x', assumption: 'pricing.learningRat', step: 0.01 }])).toThrow(
      /explorable\[0\] \(x\): unknown assumption "pricing.learningRat"/,
    );
    expect(() =>
      resolveControls(doc, [
        { id: 'x', assumption: 'pricing.learningRate', step: 0.01 },
        { id: 'x', assumption: 'pricing.learningRate', step: 0.01 },
      ]),
    ).toThrow(/used twice/);
    expect(() => resolveControls(doc, [{ id: 'f', assumption: 'pricing.segmentPriceFactor.scaleOut', step: 0.01 }])).toThrow(
      /has no distribution; give the control a range/,
    );
    expect(resolveControls(doc, [{ id: 'f', assumption: 'pricing.segmentPriceFactor.scaleOut', step: 0.05, range: [0.5, 1.5] }])[0]).toMatchObject({
      min: 0.5,
      max: 1.5,
      base: 1,
    });
    expect(() => resolveControls(doc, [{ id: 'f', assumption: 'pricing.segmentPriceFactor.scaleOut', step: 0.05, range: [1.2, 1.5] }])).toThrow(
      /outside the range/,
    );
  });

  it('formats settings the way the page shows them', () => {
    expect(formatSetting(mid, 2032.25)).toBe('2032.25');
    expect(formatSetting(mid, 2031)).toBe('2031');
    expect(formatSetting(cap, 0.3)).toBe('30%');
    expect(formatSetting(series, 1.1)).toBe('×1.10');
  });
});

describe('explore/settings in the URL', () => {
  it('round-trips settings, leaving base values out and keeping control order', () => {
    const s = { ships: 1.1, mid: 2032.5 };
    const q = writeSettings(s, controls);
    expect(q).toBe('?mid=2032.5&ships=1.1');
    expect(readSettings(q, controls)).toEqual(s);
    expect(writeSettings({ mid: 2031 }, controls)).toBe('');
  });

  it('ignores unknown names, non-numbers and out-of-range values, and snaps to the step', () => {
    expect(readSettings('?mid=abc&cap=5&other=1&ships=1.104', controls)).toEqual({ ships: 1.1 });
    expect(readSettings('?mid=', controls)).toEqual({});
  });

  it('turns settings into the CLI --set arguments', () => {
    expect(overridesFor(controls, { mid: 2032.5, ships: 1.1, cap: cap.base })).toEqual({
      'segments.scaleUp.adoption.midpointYear': 2032.5,
      acceleratorShipments: { scale: 1.1 },
    });
    expect(setArguments(controls, { mid: 2032.5, ships: 1.1 })).toEqual(['segments.scaleUp.adoption.midpointYear=2032.5', 'acceleratorShipments=*1.1']);
  });
});
