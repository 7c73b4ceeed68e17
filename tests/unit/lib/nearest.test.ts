import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nearestFile } from '../../../packages/engine/src/lib/nearest';

describe('nearestFile: a report folder inside a larger checkout finds the project’s files', () => {
  const root = mkdtempSync(join(tmpdir(), 'nearest-'));
  const report = join(root, 'examples', 'report');
  mkdirSync(join(report, 'src'), { recursive: true });
  writeFileSync(join(root, 'package-lock.json'), '{}');
  writeFileSync(join(report, 'package-lock.json'), '{}');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('takes the file in the folder itself first', () => {
    expect(nearestFile('package-lock.json', report)).toBe(join(report, 'package-lock.json'));
  });
  it('walks up to the first folder that has it', () => {
    expect(nearestFile('package-lock.json', join(report, 'src'))).toBe(join(report, 'package-lock.json'));
    rmSync(join(report, 'package-lock.json'));
    expect(nearestFile('package-lock.json', join(report, 'src'))).toBe(join(root, 'package-lock.json'));
  });
  it('is undefined when no folder up to the file-system root has it', () => {
    expect(nearestFile('no-such-file-anywhere.json', report)).toBeUndefined();
  });
});
