/**
 * The published fact catalogue (/data/<vintage>/facts.json) is an interface: prose, tables and readers' scripts
 * look facts up by name and trust the unit and description that come with them. These tests check the catalogue
 * against rules written here from the naming scheme, not from the code that fills it:
 * - every name has the unit its family implies (a share is a fraction, a price is in dollars …);
 * - every description names what the name encodes (its years, segment, technology, speed, percentile);
 * - every year × segment × technology × speed the horizon implies has its facts;
 * - the values computed inside the catalogue (ratios, shares, savings) match the reference calculation.
 */
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadVintage } from '../../../packages/engine/src/data/load';
import { analyseUncertainty, PERCENTILES } from '../../../packages/engine/src/model/uncertainty';
import type { FactRegistry } from '../../../packages/engine/src/model/facts';
import { buildFacts } from '../../../src/facts';
import { runModel } from '../../../src/model/project';
import report from '../../../src/report';
import type { CpoUncertainty } from '../../../src/uncertainty';
import { addUncertaintyFacts } from '../../../src/uncertainty/facts';
import { referenceModel } from '../../oracles/reference-model';
import { handWorkedInputs, type PlainAssumptions } from '../../helpers/synthetic';

/** The newest vintage: it states unit capacities, a first-shipment year and the scale-up optics share. */
const newest = loadVintage(resolve('data/vintages/2026-11-30'));
/** A vintage the reference calculation prices in full. */
const published = loadVintage(resolve('data/vintages/2026-11'));

/** Unit by name, first matching rule wins: the naming scheme of docs/facts, restated. */
const UNIT_RULES: [RegExp, string][] = [
  [/^scenario\.[a-z]+\.revenue\./, 'usd'],
  [/^scenario\.[a-z]+\.cagr\./, 'growth'],
  [/^scenario\.[a-z]+\.crossover\.year$/, 'year'],
  [/^scenario\.[a-z]+\.share\./, 'fraction'],
  [/^sensitivity\.revenue\d{4}\./, 'usd'],
  [/^sensitivity\.cagr\d{4}_\d{4}\./, 'growth'],
  [/^mc\.(draws|assumptions)$/, 'count'],
  [/^prob\./, 'fraction'],
  [/^event\.cagr\./, 'growth'],
  [/^(years\.(start|end)|crossover\.year|input\.\w+\.(midpoint|firstShipment))$/, 'year'],
  [/^(cagr\.|asp\.change\.)/, 'growth'],
  [/^(revenue\.multiple\.|ratio\.|power\.ratio\.|demand\.\d{4}\.ratio$)/, 'ratio'],
  [/^(revenue\.|asp\.\d{4}\.|crossover\.\w+Revenue$|input\.aspStart$)/, 'usd'],
  [/^(share\.|els\.share\.|asp\.decline\.|power\.saving\.|input\.(learningRate|scaleUpPriceFactor|scaleUpNonCpoOpticalShare|\w+\.cap)$)/, 'fraction'],
  [/^(ports\.|demand\.|units\.|input\.clusterAccelerators$)/, 'count'],
  [/^power\.\w+\.\w+\.pjPerBit$/, 'pjPerBit'],
  [/^power\.(cluster\.|\w+\.\w+\.watts$)/, 'watts'],
];
const expectedUnit = (name: string) => UNIT_RULES.find(([pattern]) => pattern.test(name))?.[1];

/** What a description must say, by the parts of the name that encode it. */
const DESCRIPTION_RULES: [RegExp, RegExp][] = [
  [/scaleUp/, /scale-up/i],
  [/scaleOut/, /scale-out/i],
  [/\bpluggableDsp\b|dspVs|VsDsp/, /DSP/],
  [/\blpo\b|lpoVs/, /LPO/],
  [/\bcpo\b|Cpo/, /CPO/],
  [/\b800g\b/, /800G/],
  [/\b1_6t\b/, /1\.6T/],
  [/\b3_2t\b/, /3\.2T/],
  [/inclEls/, /including ELS/],
  [/exclEls|^revenue\.\d{4}\.total/, /excluding ELS/],
  [/\bels\b/i, /ELS/],
  [/^(cagr|scenario\.\w+\.cagr|event\.cagr|prob\.cagr|sensitivity\.cagr)/, /CAGR/],
  [/^prob\./, /^Probability/],
  [/\.pjPerBit$/, /energy per bit/],
  [/\.(low)$/, /5th percentile/],
  [/\.(high)$/, /95th percentile/],
  [/^scenario\.bull\./, /^Bull scenario/],
  [/^scenario\.bear\./, /^Bear scenario/],
];

function catalogue(): FactRegistry {
  const facts = buildFacts(runModel(newest.inputs), newest.inputs);
  const uncertainty = analyseUncertainty<CpoUncertainty>(report, newest.assumptions, newest.inputs, newest.uncertainty!, { draws: 200 });
  addUncertaintyFacts(facts, uncertainty);
  return facts;
}

describe('fact catalogue: names, units and descriptions', () => {
  // Built before each test, not while the file is collected, so mutation testing can tell which test covers what.
  let facts: FactRegistry;
  beforeEach(() => {
    facts = catalogue();
  });

  it('gives every fact the unit its name implies', () => {
    const all = facts.all();
    expect(all.length).toBeGreaterThan(600);
    const wrong = all.filter((f) => f.unit !== expectedUnit(f.name)).map((f) => `${f.name}: ${f.unit}, expected ${expectedUnit(f.name) ?? 'no rule'}`);
    expect(wrong).toEqual([]);
  });

  it('names every fact with dotted words and numbers, never a missing value', () => {
    const names = facts.names();
    expect(names.length).toBeGreaterThan(600);
    expect(names.filter((n) => !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+$/.test(n) || /null|undefined|NaN/.test(n))).toEqual([]);
  });

  it('describes every fact in its own words, naming each year, segment, technology, speed and percentile of its name', () => {
    const all = facts.all();
    expect(all.length).toBeGreaterThan(600);
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const { name, description } of all) {
      if (description.trim().length < 12) problems.push(`${name}: description "${description}"`);
      if (seen.has(description)) problems.push(`${name}: same description as ${seen.get(description)}`);
      seen.set(description, name);
      for (const year of name.match(/(?<!\d)20\d\d(?!\d)/g) ?? []) if (!description.includes(year)) problems.push(`${name}: no ${year} in "${description}"`);
      const p = /\.(p\d+)$/.exec(name)?.[1];
      if (p && !description.includes(`${p} of the Monte Carlo draws`)) problems.push(`${name}: no ${p} in "${description}"`);
      for (const [part, says] of DESCRIPTION_RULES)
        if (part.test(name) && !says.test(description)) problems.push(`${name}: "${description}" does not match ${says}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds every fact the horizon implies: each year, segment, technology and speed', () => {
    const { years } = newest.inputs;
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const missing: string[] = [];
    const need = (name: string) => facts.has(name) || missing.push(name);
    for (const y of years) {
      for (const k of ['total', 'inclEls', 'els', 'scaleOut', 'scaleUp', '800g', '1_6t', '3_2t', 'scaleOut.els', 'scaleUp.els']) need(`revenue.${y}.${k}`);
      for (const seg of ['scaleOut', 'scaleUp']) for (const k of ['cpo', 'pluggable', 'lpo']) need(`share.${y}.${seg}.${k}`);
      for (const t of ['pluggableDsp', 'lpo', 'cpo', 'scaleUp', 'revenue.800g', 'revenue.1_6t', 'revenue.3_2t']) need(`share.${y}.${t}`);
      for (const k of ['scaleOut.cpo', 'scaleUp.cpo', 'cpo', 'total']) need(`ports.${y}.${k}`);
      for (const k of ['scaleOut', 'scaleUp', 'ratio']) need(`demand.${y}.${k}`);
      for (const k of ['pluggableDsp', 'lpo', 'cpo', 'mix', 'saved', 'cpoSaving']) need(`power.cluster.${y}.${k}`);
      for (const k of ['cpoSwitches', 'opticalEngines', 'externalLasers']) need(`units.${y}.${k}`);
      for (const k of ['cpo', 'laser']) need(`asp.${y}.${k}`);
      need(`els.share.${y}`);
      for (const k of ['total', 'inclEls', 'els', 'scaleOut', 'scaleUp']) for (const p of PERCENTILES) need(`revenue.${y}.${k}.${p}`);
      for (const later of years.filter((e: number) => e > y))
        for (const k of ['exclEls', 'inclEls', 'els', 'scaleOut', 'scaleUp', 'ports']) need(`cagr.${y}_${later}.${k}`);
    }
    for (const t of ['pluggableDsp', 'lpo', 'cpo'])
      for (const s of ['800g', '1_6t', '3_2t']) for (const k of ['pjPerBit', 'watts']) need(`power.${t}.${s}.${k}`);
    for (const s of ['800g', '1_6t', '3_2t'])
      for (const k of ['ratio.' + s + '.dspVsCpo', 'ratio.' + s + '.lpoVsCpo', 'saving.' + s + '.cpoVsDsp']) need(`power.${k}`);
    for (const seg of ['scaleOut', 'scaleUp']) for (const k of ['cap', 'midpoint']) need(`input.${seg}.${k}`);
    for (const k of ['learningRate', 'aspStart', 'scaleUpPriceFactor', 'clusterAccelerators', 'scaleUpNonCpoOpticalShare', 'scaleUp.firstShipment'])
      need(`input.${k}`);
    for (const k of ['years.start', 'years.end', 'crossover.year', 'crossover.scaleUpRevenue', 'crossover.scaleOutRevenue', 'mc.draws', 'mc.assumptions'])
      need(k);
    for (const k of [
      'asp.change.2026_2030',
      'asp.decline.2026_2030',
      'revenue.multiple.2026_2030',
      'ratio.2024_2030.scaleOut.revenue',
      'ratio.2024_2030.scaleUp.revenue',
    ])
      need(k);
    for (const s of ['bear', 'base', 'bull'])
      for (const k of [
        'revenue.2026.total',
        'revenue.2030.total',
        'revenue.2030.inclEls',
        'cagr.2026_2030.exclEls',
        'crossover.year',
        'share.2030.scaleUp',
        'share.2030.cpo',
      ])
        need(`scenario.${s}.${k}`);
    for (const m of ['revenue2030', 'cagr2026_2030']) for (const r of [1, 2, 3]) for (const end of ['low', 'high']) need(`sensitivity.${m}.rank${r}.${end}`);
    expect(missing).toEqual([]);
  });

  it('states the first-shipment year only for a segment that has one', () => {
    expect(newest.inputs.segments.scaleOut.adoption.firstShipmentYear).toBeUndefined();
    expect(facts.has('input.scaleOut.firstShipment')).toBe(false);
    expect(facts.get('input.scaleUp.firstShipment').value).toBe(2028);
  });
});

describe('fact catalogue: values computed in the catalogue, against the reference calculation', () => {
  let facts: FactRegistry;
  beforeEach(() => {
    facts = buildFacts(runModel(published.inputs), published.inputs);
  });
  const ref = referenceModel(published.assumptions);
  const row = (year: number) => ref.rows.find((r) => r.year === year)!;
  const v = (name: string) => facts.get(name).value!;
  const raw = published.assumptions.power.energyPjPerBit;

  it('energy ratios and savings are the stated energies per bit divided as their names say', () => {
    for (const [key, speed] of [
      ['800g', '800G'],
      ['1_6t', '1.6T'],
      ['3_2t', '3.2T'],
    ] as const) {
      const dsp = raw.pluggableDsp[speed].value;
      const lpo = raw.lpo[speed].value;
      const cpo = raw.cpo[speed].value;
      expect(v(`power.pluggableDsp.${key}.pjPerBit`)).toBe(dsp);
      expect(v(`power.ratio.${key}.dspVsCpo`)).toBeCloseTo(dsp / cpo, 12);
      expect(v(`power.ratio.${key}.lpoVsCpo`)).toBeCloseTo(lpo / cpo, 12);
      expect(v(`power.saving.${key}.cpoVsDsp`)).toBeCloseTo(1 - cpo / dsp, 12);
      expect(v(`power.ratio.${key}.dspVsCpo`)).toBeGreaterThan(1);
    }
  });

  it('yearly shares, ratios and savings match the reference rows', () => {
    for (const r of ref.rows) {
      const y = r.year;
      // Equal to nine significant digits; a zero (no LPO in the first year) must be exactly zero.
      const close = (name: string, expected: number) => expect(Math.abs(v(name) - expected), name).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
      close(`power.cluster.${y}.cpoSaving`, r.clusterPowerW.pluggableDsp - r.clusterPowerW.cpo);
      close(`power.cluster.${y}.saved`, r.powerSavedW);
      close(`demand.${y}.ratio`, r.seg.scaleUp.demand / r.seg.scaleOut.demand);
      close(`share.${y}.scaleOut.pluggable`, r.seg.scaleOut.share.pluggableDsp + r.seg.scaleOut.share.lpo);
      close(`share.${y}.scaleUp.lpo`, r.seg.scaleUp.share.lpo);
      close(`revenue.${y}.scaleUp.els`, r.seg.scaleUp.elsRevenue);
      close(`asp.${y}.laser`, r.laserPrice);
      close(`share.${y}.revenue.1_6t`, (r.seg.scaleOut.revenueBySpeed['1.6T'] + r.seg.scaleUp.revenueBySpeed['1.6T']) / r.revenue);
    }
  });

  it('multi-year changes divide the later year by the earlier one', () => {
    const [first, y26, last] = [row(2024), row(2026), row(2030)];
    expect(v('asp.change.2026_2030')).toBeCloseTo(last.price / y26.price - 1, 12);
    expect(v('asp.decline.2026_2030')).toBeCloseTo(1 - last.price / y26.price, 12);
    expect(v('revenue.multiple.2026_2030') / (last.revenue / y26.revenue) - 1).toBeCloseTo(0, 9);
    expect(v('ratio.2024_2030.scaleUp.revenue') / (last.seg.scaleUp.revenue / first.seg.scaleUp.revenue) - 1).toBeCloseTo(0, 9);
    // The price falls over the window, so the change is negative and the decline positive.
    expect(v('asp.change.2026_2030')).toBeLessThan(0);
  });

  it('crossover revenues are the two segments in the reference crossover year', () => {
    expect(ref.crossoverYear).not.toBeNull();
    const r = row(ref.crossoverYear!);
    expect(v('crossover.scaleUpRevenue') / r.seg.scaleUp.revenue - 1).toBeCloseTo(0, 9);
    expect(v('crossover.scaleOutRevenue') / r.seg.scaleOut.revenue - 1).toBeCloseTo(0, 9);
  });
});

describe('fact catalogue: edges, on the hand-worked case (tests/helpers/synthetic.ts)', () => {
  const factsOf = (edit: (p: PlainAssumptions) => void = () => {}) => {
    const inputs = handWorkedInputs(edit);
    return buildFacts(runModel(inputs), inputs);
  };

  it('measures price and revenue change from 2026 when the horizon starts in 2026', () => {
    // One price doubling: $100 → $80 (a 20% learning rate); revenue 1,000 × $100 → 1,500 × $80, ×1.2.
    const facts = factsOf();
    expect(facts.get('asp.change.2026_2027').value).toBeCloseTo(-0.2, 12);
    expect(facts.get('asp.decline.2026_2027').value).toBeCloseTo(0.2, 12);
    expect(facts.get('revenue.multiple.2026_2027').value).toBeCloseTo(1.2, 12);
  });

  it('has no 2026-based facts when the horizon does not hold 2026', () => {
    const facts = factsOf((p) => {
      p.start = 2024;
      p.end = 2025;
      p.scaleOut.midpoint = 2024;
      p.scaleUp.midpoint = 2024;
    });
    expect(facts.get('years.start').value).toBe(2024);
    expect(facts.names().filter((n) => n.includes('2026'))).toEqual([]);
  });

  it('reads crossover revenues in the first year when scale-up leads from the start, and a demand ratio of 0 without scale-out', () => {
    // Scale-up carries the hand-worked segment at half price: 1,000 CPO units × $100 × 0.5 = $50,000 against nothing.
    const facts = factsOf((p) => {
      p.scaleUp = { ...p.scaleOut };
      p.scaleOut = { ...p.scaleOut, portsPerAccelerator: [0, 0] };
    });
    expect(facts.get('crossover.year').value).toBe(2026);
    expect(facts.get('crossover.scaleUpRevenue').value).toBeCloseTo(50_000, 6);
    expect(facts.get('crossover.scaleOutRevenue').value).toBe(0);
    expect(facts.get('demand.2026.ratio').value).toBe(0);
  });

  it('gives a revenue share of 0, not NaN, in a year with no revenue', () => {
    // Neither segment has bandwidth: nothing is bought, so there is no revenue to split by speed.
    const facts = factsOf((p) => {
      p.scaleOut.portsPerAccelerator = [0, 0];
    });
    expect(facts.get('revenue.2026.total').value).toBe(0);
    for (const speed of ['800g', '1_6t', '3_2t']) expect(facts.get(`share.2026.revenue.${speed}`).value).toBe(0);
  });

  it('says copper only where the non-CPO share includes it (scale-up)', () => {
    const facts = factsOf();
    expect(facts.get('share.2026.scaleUp.pluggable').description).toContain('pluggables and copper');
    expect(facts.get('share.2026.scaleOut.pluggable').description).toContain('(pluggables)');
  });

  it('adds no input facts an archived vintage did not state (its published names stay frozen)', () => {
    const archived = buildFacts(runModel(published.inputs), published.inputs);
    expect(published.inputs.power.scaleUpNonCpoOpticalShare).toBeUndefined();
    expect(archived.has('input.scaleUpNonCpoOpticalShare')).toBe(false);
    expect(archived.has('input.scaleUp.cap')).toBe(true);
  });
});
