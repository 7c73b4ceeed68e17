import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs test files in a fixed order, quickest and most pointed first: under mutation testing a mutant is done at the
 * first failing test, so the hand-worked and reference checks should get the first chance (vitest's own order
 * puts the slowest files first).
 */
const FIRST = [
  'hand-worked',
  'closed-form',
  'edges',
  'reference',
  'invariants',
  'revenue-by-speed',
  'facts-detail',
  'revisions-synthetic',
  'attribution',
  'oracles',
  'distributions',
];

const rank = (spec: TestSpecification) => {
  const i = FIRST.findIndex((name) => spec.moduleId.includes(`/${name}.test.ts`));
  return i < 0 ? FIRST.length : i;
};

export default class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}
