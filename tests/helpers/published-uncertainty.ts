import { resolve } from 'node:path';
import { loadVintage } from '../../packages/engine/src/data/load';
import { analyseUncertainty } from '../../packages/engine/src/model/uncertainty';
import { buildFacts } from '../../src/facts';
import { runModel } from '../../src/model/project';
import report from '../../src/report';
import type { CpoUncertainty } from '../../src/uncertainty';
import { addUncertaintyFacts } from '../../src/uncertainty/facts';

/** The published 2026-11 vintage with its base case, a 1,000-draw uncertainty analysis and every fact of both. */
export function publishedUncertainty() {
  const vintage = loadVintage(resolve('data/vintages/2026-11'));
  const results = runModel(vintage.inputs);
  const uncertainty = analyseUncertainty<CpoUncertainty>(report, vintage.assumptions, vintage.inputs, vintage.uncertainty!, { draws: 1000 });
  const facts = buildFacts(results);
  addUncertaintyFacts(facts, uncertainty);
  return { vintage, results, uncertainty, facts };
}
