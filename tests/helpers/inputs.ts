import { resolve } from 'node:path';
import { loadVintage } from '../../packages/engine/src/data/load';
import type { ModelInputs } from '../../src/model/types';

/** Fresh model inputs of the published 2026-11 vintage (a deep copy, safe to mutate). */
export function baseInputs(): ModelInputs {
  return structuredClone(loadVintage(resolve('data/vintages/2026-11')).inputs);
}
