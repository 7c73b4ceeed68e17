import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../packages/engine/src/data/errors';
import { loadVintage } from '../../../packages/engine/src/data/load';

/** A private copy of the real vintage folder, optionally with timeline.json edited or removed. */
function vintageCopy(edit?: (doc: any) => void, remove = false): string {
  const root = mkdtempSync(join(tmpdir(), 'timeline-'));
  const dir = join(root, '2026-11');
  cpSync(resolve('data/vintages/2026-11'), dir, { recursive: true });
  const file = join(dir, 'timeline.json');
  if (remove) rmSync(file);
  else if (edit) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    edit(doc);
    writeFileSync(file, JSON.stringify(doc, null, 2));
  }
  return dir;
}

const problemsOf = (dir: string): string => {
  try {
    loadVintage(dir, dir);
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  return '';
};

describe('data/timeline.json', () => {
  it('loads the published timeline in date order, each event citing a listed source', () => {
    const v = loadVintage(resolve('data/vintages/2026-11'));
    expect(v.timeline.length).toBeGreaterThanOrEqual(10);
    const ids = new Set(v.sources.map((s) => s.id));
    for (const e of v.timeline) expect(ids.has(e.source)).toBe(true);
    const dates = v.timeline.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(v.timeline.some((e) => e.actor === 'NVIDIA')).toBe(true);
    expect(v.timeline.some((e) => e.actor === 'Broadcom')).toBe(true);
  });

  it('is optional: a vintage without it has an empty timeline', () => {
    expect(loadVintage(vintageCopy(undefined, true)).timeline).toEqual([]);
  });

  it('an unknown source names the file, the pointer and the closest id', () => {
    const msg = problemsOf(vintageCopy((d) => (d.events[0].source = 'broadcom-humbolt-2022')));
    expect(msg).toMatch(
      /timeline\.json#\/events\/0\/source \(line \d+, column \d+\): unknown source "broadcom-humbolt-2022"; did you mean "broadcom-humboldt-2022"\?/,
    );
  });

  it('events out of date order are reported', () => {
    const msg = problemsOf(vintageCopy((d) => (d.events[1].date = '2020-01')));
    expect(msg).toMatch(/timeline\.json#\/events\/1\/date .*expected events in date order, got 2020-01 after 2022-08-22/);
  });

  it('a bad kind or date format is a schema error with the value found', () => {
    const msg = problemsOf(
      vintageCopy((d) => {
        d.events[2].kind = 'rumour';
        d.events[3].date = 'March 2025';
      }),
    );
    expect(msg).toContain('timeline.json#/events/2/kind');
    expect(msg).toContain('expected "product", "shipment", "standard", "plan" or "deal"');
    expect(msg).toContain('timeline.json#/events/3/date');
  });
});
