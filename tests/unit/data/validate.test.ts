import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataError } from '../../../packages/engine/src/data/errors';
import { parseJsonFile } from '../../../packages/engine/src/data/json';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { SourcesFile, timelineFile, VintageMeta } from '../../../packages/engine/src/data/schema';
import { AssumptionsFile, timelineFields } from '../../../src/schema';
import { makeFixture } from '../../helpers/fixture';

const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e.problems.map((p) => `${p.pointer ?? ''} ${p.message}`);
    throw e;
  }
  return [];
};

describe('data/parseJsonFile', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('reports syntax errors with line and column', () => {
    try {
      parseJsonFile('a.json', bytes('{\n  "x": 1,\n}'));
      expect.unreachable();
    } catch (e) {
      expect((e as DataError).problems[0]).toMatchObject({ file: 'a.json', line: 3, column: 1 });
    }
  });

  it('rejects bytes that are not UTF-8, naming the offset', () => {
    const bad = new Uint8Array([...bytes('{"a": "'), 0xc3, 0x28, ...bytes('"}')]);
    expect(() => parseJsonFile('a.json', bad)).toThrow(/invalid byte at offset 7/);
  });

  it('locates nested values by path', () => {
    const json = parseJsonFile('a.json', bytes('{\n  "a": {\n    "b": [10, 20]\n  }\n}'));
    expect(json.locate(['a', 'b', 1])).toEqual({ line: 3, column: 15 });
  });
});

describe('data/loadVintage cross-checks', () => {
  it('accepts the published vintage', () => {
    expect(() => loadVintage('data/vintages/2026-11')).not.toThrow();
  });

  it('flags a missing year, a speed mix that does not sum to 1 and a duplicate source together', () => {
    const f = makeFixture();
    f.editJson('data/vintages/2026-11/assumptions.json', (d) => {
      delete d.segments.scaleOut.lpoShareOfPluggable.values['2027'];
      d.segments.scaleUp.speedMix['800G'].values['2030'] = 0.5;
    });
    f.editJson('data/vintages/2026-11/sources.json', (d) => d.sources.push({ ...d.sources[0] }));
    const problems = problemsOf(() => loadVintage(`${f.dataDir}/vintages/2026-11`));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/segments\/scaleOut\/lpoShareOfPluggable\/values expected one value for each year 2024–2030 in order, .*\(missing 2027\)$/),
        expect.stringMatching(/^\/segments\/scaleUp\/speedMix expected the port-speed shares of 2030 to sum to 1, got 1\.45$/),
        expect.stringMatching(/duplicate source id/),
      ]),
    );
  });

  it('requires a source or a rationale on every assumption', () => {
    const f = makeFixture();
    f.editJson('data/vintages/2026-11/assumptions.json', (d) => {
      delete d.els.laserAspUsd.rationale;
      delete d.els.laserAspUsd.source;
    });
    expect(problemsOf(() => loadVintage(`${f.dataDir}/vintages/2026-11`))).toContain(
      '/els/laserAspUsd/source expected a "source" id or a "rationale" for this assumption',
    );
  });
});

describe('data/schema files', () => {
  it('data/schema/ matches the zod schemas (run npm run schema after changing them)', () => {
    const schemas = {
      'assumptions.schema.json': AssumptionsFile,
      'sources.schema.json': SourcesFile,
      'vintage.schema.json': VintageMeta,
      'timeline.schema.json': timelineFile(timelineFields),
    };
    for (const [file, schema] of Object.entries(schemas)) {
      const committed = JSON.parse(readFileSync(`data/schema/${file}`, 'utf8'));
      expect(committed, file).toEqual(z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }));
    }
  });
});
