import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine is generic: no word of the CPO report, nor of the heat-pump example in examples/, may appear in packages/engine. Acronyms are matched with their
 * case (so a variable named `els` is not flagged), phrases without it (Scale-up, scaleUp, scale up).
 */
const VOCABULARY: { name: string; pattern: RegExp }[] = [
  { name: 'CPO', pattern: /\bCPO\b/ },
  { name: 'ELS', pattern: /\bELS\b/ },
  { name: 'LPO', pattern: /\bLPO\b/ },
  { name: 'scale-up', pattern: /scale[-\s]?up/i },
  { name: 'scale-out', pattern: /scale[-\s]?out/i },
  { name: 'co-packaged', pattern: /co[-\s]?packaged/i },
  { name: 'pJ/bit', pattern: /pj\s*\/\s*bit|pjPerBit/i },
  { name: 'port speed', pattern: /\b(?:400G|800G|1\.6T|3\.2T|51\.2T|102\.4T|204\.8T)\b|800gEq/i },
  { name: 'optical engine', pattern: /optical engine|laser source/i },
  // The example report (examples/heat-pumps).
  { name: 'heat pump', pattern: /heat[-\s]?pump/i },
  { name: 'EHPA', pattern: /\bEHPA\b/ },
  { name: 'REPowerEU', pattern: /REPowerEU/i },
];

const ENGINE = 'packages/engine';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'node_modules' ? [] : files(join(dir, e.name))) : [join(dir, e.name)],
  );

/** Every line of the engine's files that uses a word of the CPO report, as "file:line: word: text". */
export function vocabularyHits(root: string): string[] {
  const hits: string[] = [];
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const { name, pattern } of VOCABULARY) if (pattern.test(line)) hits.push(`${relative('.', file)}:${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
      });
  }
  return hits;
}

describe('engine vocabulary', () => {
  it('scans a real tree: the engine has source files, and the scan finds a planted word', () => {
    expect(files(ENGINE).filter((f) => /\.(ts|astro)$/.test(f)).length).toBeGreaterThan(50);
    // The reports' own folders do use these words, so the scan can fail.
    expect(vocabularyHits('src').length).toBeGreaterThan(0);
    expect(vocabularyHits('examples/heat-pumps/src').some((hit) => hit.includes(': heat pump: '))).toBe(true);
  });

  it('no file in packages/engine uses a word of either report (file:line listed on failure)', () => {
    expect(vocabularyHits(ENGINE)).toEqual([]);
  });
});
