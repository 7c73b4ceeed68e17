/**
 * Small synthetic vintages written as plain numbers, so a test states exactly the inputs it depends on and a
 * reader can check its expected values by hand. `syntheticDoc` wraps the numbers into a valid assumptions
 * document (label, unit, rationale on every node); `syntheticVintage` adds the rest of a loaded vintage.
 */
import { toModelInputs } from '../../src/inputs';
import type { Vintage } from '../../packages/engine/src/data/load';
import type { Source } from '../../packages/engine/src/data/schema';
import { AssumptionsFile } from '../../src/schema';

type Speeds<T> = { '800G': T; '1.6T': T; '3.2T': T };

export interface PlainSegment {
  /** 800G-equivalent ports per accelerator, one value per year. */
  portsPerAccelerator: number[];
  cap: number;
  steepness: number;
  midpoint: number;
  lpoShareOfPluggable: number[];
  speedMix: Speeds<number[]>;
}

export interface PlainAssumptions {
  start: number;
  end: number;
  accelerators: number[];
  scaleOut: PlainSegment;
  scaleUp: PlainSegment;
  asp: number;
  learningRate: number;
  initialCumulative: number;
  priceFactor: { scaleOut: number; scaleUp: number };
  lasersPer800gEq: number;
  laserAsp: number;
  laserDecline: number;
  energy: { pluggableDsp: Speeds<number>; lpo: Speeds<number>; cpo: Speeds<number> };
  clusterAccelerators: number;
}

const rationale = 'Synthetic test value.';
const scalar = (label: string, unit: string, value: number) => ({ label, unit, value, rationale });
function series(label: string, unit: string, start: number, values: number[]) {
  return { label, unit, values: Object.fromEntries(values.map((v, i) => [String(start + i), v])), rationale };
}

function segmentNode(name: string, s: PlainSegment, start: number) {
  return {
    opticalPorts800gEqPerAccelerator: series(`${name} bandwidth per accelerator`, '800G-eq ports per accelerator', start, s.portsPerAccelerator),
    adoption: {
      cap: scalar(`${name} CPO ceiling`, 'fraction', s.cap),
      steepness: scalar(`${name} adoption steepness`, 'per year', s.steepness),
      midpointYear: scalar(`${name} adoption midpoint`, 'year', s.midpoint),
    },
    lpoShareOfPluggable: series(`${name} LPO share of pluggables`, 'fraction of pluggable bandwidth', start, s.lpoShareOfPluggable),
    speedMix: {
      '800G': series(`${name} 800G share`, 'fraction of bandwidth', start, s.speedMix['800G']),
      '1.6T': series(`${name} 1.6T share`, 'fraction of bandwidth', start, s.speedMix['1.6T']),
      '3.2T': series(`${name} 3.2T share`, 'fraction of bandwidth', start, s.speedMix['3.2T']),
    },
  };
}

const energyNode = (tech: string, e: Speeds<number>) => ({
  '800G': scalar(`${tech} energy at 800G`, 'pJ/bit', e['800G']),
  '1.6T': scalar(`${tech} energy at 1.6T`, 'pJ/bit', e['1.6T']),
  '3.2T': scalar(`${tech} energy at 3.2T`, 'pJ/bit', e['3.2T']),
});

/** A valid assumptions document holding exactly these numbers (throws if the schema refuses them). */
export function syntheticDoc(p: PlainAssumptions): AssumptionsFile {
  const doc = {
    years: { start: p.start, end: p.end },
    acceleratorShipments: series('AI accelerators shipped', 'units', p.start, p.accelerators),
    segments: { scaleOut: segmentNode('Scale-out', p.scaleOut, p.start), scaleUp: segmentNode('Scale-up', p.scaleUp, p.start) },
    pricing: {
      cpoAspUsdPer800gEq: scalar('CPO price', 'USD', p.asp),
      learningRate: scalar('CPO learning rate', 'fraction per doubling', p.learningRate),
      initialCumulativePorts800gEq: scalar('CPO shipped before the first year', '800G-eq', p.initialCumulative),
      segmentPriceFactor: {
        scaleOut: scalar('Scale-out price factor', 'ratio', p.priceFactor.scaleOut),
        scaleUp: scalar('Scale-up price factor', 'ratio', p.priceFactor.scaleUp),
      },
    },
    els: {
      lasersPer800gEq: scalar('Lasers per 800G-eq', 'lasers per 800G-eq', p.lasersPer800gEq),
      laserAspUsd: scalar('Laser price', 'USD', p.laserAsp),
      laserAspAnnualDecline: scalar('Laser price decline', 'fraction per year', p.laserDecline),
    },
    power: {
      energyPjPerBit: {
        pluggableDsp: energyNode('DSP pluggable', p.energy.pluggableDsp),
        lpo: energyNode('LPO', p.energy.lpo),
        cpo: energyNode('CPO', p.energy.cpo),
      },
      referenceClusterAccelerators: scalar('Reference cluster size', 'accelerators', p.clusterAccelerators),
    },
  };
  return AssumptionsFile.parse(doc);
}

/**
 * The hand-worked case of tests/unit/model/hand-worked.test.ts: two years (2026, 2027), scale-out only
 * (scale-up has no bandwidth), logistic share 1/2 then 3/4 (cap 1, k = ln 3, midpoint 2026), and an
 * initial cumulative volume equal to 2026's CPO units, so 2027 sits exactly one price doubling later.
 */
export function handWorked(): PlainAssumptions {
  const zeroSegment: PlainSegment = {
    portsPerAccelerator: [0, 0],
    cap: 0.5,
    steepness: 1,
    midpoint: 2026,
    lpoShareOfPluggable: [0, 0],
    speedMix: { '800G': [1, 1], '1.6T': [0, 0], '3.2T': [0, 0] },
  };
  return {
    start: 2026,
    end: 2027,
    accelerators: [1000, 1000],
    scaleOut: {
      portsPerAccelerator: [2, 2],
      cap: 1,
      steepness: Math.log(3),
      midpoint: 2026,
      lpoShareOfPluggable: [0.4, 0.4],
      speedMix: { '800G': [0.5, 0.5], '1.6T': [0.5, 0.5], '3.2T': [0, 0] },
    },
    scaleUp: zeroSegment,
    asp: 100,
    learningRate: 0.2,
    initialCumulative: 1000,
    priceFactor: { scaleOut: 1, scaleUp: 0.5 },
    lasersPer800gEq: 0.25,
    laserAsp: 40,
    laserDecline: 0.1,
    energy: {
      pluggableDsp: { '800G': 15, '1.6T': 12.5, '3.2T': 10 },
      lpo: { '800G': 10, '1.6T': 7.5, '3.2T': 5 },
      cpo: { '800G': 5, '1.6T': 4, '3.2T': 3 },
    },
    clusterAccelerators: 1000,
  };
}

/** Model inputs of the hand-worked case after `edit` (which changes the plain numbers before they are wrapped). */
export function handWorkedInputs(edit: (p: PlainAssumptions) => void = () => {}): ReturnType<typeof toModelInputs> {
  const p = handWorked();
  edit(p);
  return toModelInputs(syntheticDoc(p));
}

const SOURCES: Source[] = [];

/** A loaded vintage built from a document, as loadVintage would return it (no files on disk). */
export function syntheticVintage(id: string, doc: AssumptionsFile, sources: Source[] = SOURCES): Vintage {
  const empty = new Uint8Array();
  return {
    id,
    dir: `synthetic/${id}`,
    meta: { id, title: `Synthetic ${id}`, published: `${id}-01`, status: 'published', summary: 'Synthetic vintage for tests.' } as Vintage['meta'],
    assumptions: doc,
    sources,
    timeline: [],
    inputs: toModelInputs(doc),
    raw: { 'vintage.json': empty, 'assumptions.json': empty, 'sources.json': empty },
  };
}
