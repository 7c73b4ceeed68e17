import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { specFigures } from '../../src/charts/spec-files';
import { runModel } from '../../src/model/project';
import { TABLES } from '../../src/tables';
import { smallMarket } from './helpers';

const dirs: string[] = [];
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hp-specs-'));
  dirs.push(dir);
  for (const [name, spec] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(spec));
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const spec = { title: 'T', description: 'D', data: { name: 'impact' }, mark: 'bar', encoding: { x: { field: 'year', type: 'ordinal' } } };

describe('spec-file figures', () => {
  it('turns each file into a figure fed by the table it names', () => {
    const [figure, ...rest] = specFigures(folder({ 'fig-a.vl.json': { ...spec, usermeta: { caption: 'C' } }, 'notes.txt': 'x' }), TABLES);
    expect(rest).toHaveLength(0);
    const results = runModel(smallMarket());
    const ctx = { results } as never;
    expect(figure!.id).toBe('fig-a');
    expect(figure!.caption(ctx)).toBe('C');
    expect(figure!.description(ctx)).toBe('D');
    // 12.4 heat pumps × 200 m³ in 2025, in billions of m³
    expect(figure!.data(ctx).rows[0]).toEqual({ year: 2025, gasBcm: 2480 / 1e9, co2Mt: 24.8 / 1e6 });
    const body = figure!.spec(ctx);
    expect(body).not.toHaveProperty('data');
    expect(body).not.toHaveProperty('title');
    expect(body).toMatchObject({ mark: 'bar', width: expect.any(Number), height: expect.any(Number) });
  });
  it('names the file and the pointer when a spec asks for an unknown table', () => {
    const dir = folder({ 'fig-b.vl.json': { ...spec, data: { name: 'impacts' } } });
    expect(() => specFigures(dir, TABLES)).toThrow(`${join(dir, 'fig-b.vl.json')}#/data/name: unknown table "impacts"; the model publishes "impact", "adoption"`);
  });
  it('requires a description, the chart’s text alternative', () => {
    const { description: _d, ...undescribed } = spec;
    expect(() => specFigures(folder({ 'fig-c.vl.json': undescribed }), TABLES)).toThrow(/#\/description: expected a description/);
  });
});
