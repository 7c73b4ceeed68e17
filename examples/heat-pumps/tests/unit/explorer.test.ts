import { describe, expect, it } from 'vitest';
import * as browserModule from '../../src/explorer';
import report from '../../src/report';

describe('explorer', () => {
  it('the browser module hands the explore page the very functions the report gives the engine', () => {
    expect(browserModule.run).toBe(report.run);
    expect(browserModule.toInputs).toBe(report.toInputs);
    expect(browserModule.facts).toBe(report.facts);
    expect(report.explorer!.assumptions.map((a) => a.assumption)).toEqual([
      'market.saturationShare',
      'diffusion.innovation',
      'diffusion.imitation',
      'marketConditions',
      'retirementRate',
    ]);
  });
});
