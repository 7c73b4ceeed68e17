import { FactRegistry, seriesCagr } from '@forecast-report/engine/model';
import { PORT_SPEEDS, SEGMENTS, TECHNOLOGIES, type ModelInputs, type PortSpeed, type Results } from './model/types';

/** Speed ids safe inside dotted fact names ("1.6T" would read as two segments). */
const SPEED_KEY: Record<PortSpeed, string> = { '800G': '800g', '1.6T': '1_6t', '3.2T': '3_2t' };

const SEGMENT_LABEL = { scaleOut: 'scale-out', scaleUp: 'scale-up' } as const;
const TECH_LABEL = { pluggableDsp: 'DSP pluggable', lpo: 'linear pluggable (LPO)', cpo: 'CPO' } as const;

/**
 * Derives every named number from model results (and, when given, the key inputs they rest on, so the
 * methodology can quote them). Names are stable across vintages with the same horizon.
 */
export function buildFacts(r: Results, inputs?: ModelInputs): FactRegistry {
  const facts = new FactRegistry();
  const { years } = r;
  facts.add('years.start', years[0]!, 'year', 'First year of the model horizon');
  facts.add('years.end', years[years.length - 1]!, 'year', 'Last year of the model horizon');
  facts.add('crossover.year', r.metrics.crossoverYear, 'year', 'First year scale-up CPO revenue exceeds scale-out');

  const cagrSeries = {
    exclEls: [r.total.cpoRevenueUsd, 'CPO revenue excluding ELS'],
    inclEls: [r.total.revenueInclElsUsd, 'CPO revenue including ELS'],
    els: [r.total.elsRevenueUsd, 'ELS revenue'],
    scaleOut: [r.segments.scaleOut.cpoRevenueUsd, 'scale-out CPO revenue excluding ELS'],
    scaleUp: [r.segments.scaleUp.cpoRevenueUsd, 'scale-up CPO revenue excluding ELS'],
    ports: [r.total.cpoPorts800gEq, 'CPO volume in 800G-equivalents'],
  } as const;
  for (const start of years) {
    for (const end of years) {
      if (end <= start) continue;
      for (const [key, [series, label]] of Object.entries(cagrSeries)) {
        facts.add(`cagr.${start}_${end}.${key}`, seriesCagr(years, series, start, end), 'growth', `CAGR ${start}–${end} of ${label}`);
      }
    }
  }

  years.forEach((year, i) => {
    facts.add(`revenue.${year}.total`, r.total.cpoRevenueUsd[i]!, 'usd', `CPO revenue excluding ELS, ${year}`);
    facts.add(`revenue.${year}.inclEls`, r.total.revenueInclElsUsd[i]!, 'usd', `CPO revenue including ELS, ${year}`);
    facts.add(`revenue.${year}.els`, r.total.elsRevenueUsd[i]!, 'usd', `ELS revenue, ${year}`);
    for (const seg of SEGMENTS) {
      facts.add(`revenue.${year}.${seg}`, r.segments[seg].cpoRevenueUsd[i]!, 'usd', `${SEGMENT_LABEL[seg]} CPO revenue excluding ELS, ${year}`);
      facts.add(`share.${year}.${seg}.cpo`, r.segments[seg].techShare.cpo[i]!, 'fraction', `CPO share of ${SEGMENT_LABEL[seg]} optical bandwidth, ${year}`);
      facts.add(`ports.${year}.${seg}.cpo`, r.segments[seg].cpoPorts800gEq[i]!, 'count', `${SEGMENT_LABEL[seg]} CPO volume in 800G-equivalents, ${year}`);
    }
    facts.add(`share.${year}.scaleUp`, r.metrics.scaleUpShareOfCpoRevenue[i]!, 'fraction', `Scale-up share of CPO revenue, ${year}`);
    for (const tech of TECHNOLOGIES) {
      facts.add(`share.${year}.${tech}`, r.total.techShare[tech][i]!, 'fraction', `${TECH_LABEL[tech]} share of all optical bandwidth, ${year}`);
    }
    facts.add(`els.share.${year}`, r.metrics.elsShareOfRevenueInclEls[i]!, 'fraction', `ELS share of CPO revenue including ELS, ${year}`);
    facts.add(`ports.${year}.cpo`, r.total.cpoPorts800gEq[i]!, 'count', `CPO volume in 800G-equivalents, ${year}`);
    facts.add(`ports.${year}.total`, r.total.demand800gEq[i]!, 'count', `Optical bandwidth bought in 800G-equivalents, ${year}`);
    facts.add(`asp.${year}.cpo`, r.pricing.cpoAspUsdPer800gEq[i]!, 'usd', `CPO ASP per 800G-equivalent excluding laser, ${year}`);
    for (const tech of TECHNOLOGIES) {
      facts.add(
        `power.cluster.${year}.${tech}`,
        r.power.clusterPowerW[tech][i]!,
        'watts',
        `Reference-cluster optics power if all ${TECH_LABEL[tech]}, ${year}`,
      );
    }
    facts.add(`power.cluster.${year}.mix`, r.power.clusterPowerMixW[i]!, 'watts', `Reference-cluster optics power with the modelled mix, ${year}`);
    facts.add(`power.cluster.${year}.saved`, r.power.clusterPowerSavedW[i]!, 'watts', `Power the modelled mix saves against all-DSP pluggables, ${year}`);
  });

  addDetailFacts(facts, r);
  if (r.units) addUnitFacts(facts, r, r.units);
  if (inputs) addInputFacts(facts, inputs);

  for (const tech of TECHNOLOGIES) {
    for (const speed of PORT_SPEEDS) {
      const key = SPEED_KEY[speed];
      facts.add(`power.${tech}.${key}.pjPerBit`, r.power.energyPjPerBit[tech][speed], 'pjPerBit', `${TECH_LABEL[tech]} energy per bit at ${speed}`);
      facts.add(`power.${tech}.${key}.watts`, r.power.wattsPerPort[tech][speed], 'watts', `${TECH_LABEL[tech]} power per ${speed} port`);
    }
  }
  for (const speed of PORT_SPEEDS) {
    const e = r.power.energyPjPerBit;
    facts.add(`power.ratio.${SPEED_KEY[speed]}.dspVsCpo`, e.pluggableDsp[speed] / e.cpo[speed], 'ratio', `DSP pluggable energy per bit over CPO at ${speed}`);
  }
  return facts;
}

/** Facts the chapters need beyond the headline set: speed split, segment mix, prices, power savings. */
function addDetailFacts(facts: FactRegistry, r: Results): void {
  const { years } = r;
  const last = years.length - 1;
  years.forEach((year, i) => {
    for (const speed of PORT_SPEEDS) {
      const key = SPEED_KEY[speed];
      facts.add(`revenue.${year}.${key}`, r.total.cpoRevenueBySpeedUsd[speed][i]!, 'usd', `CPO revenue excluding ELS at ${speed}, ${year}`);
      facts.add(
        `share.${year}.revenue.${key}`,
        r.total.cpoRevenueUsd[i]! === 0 ? 0 : r.total.cpoRevenueBySpeedUsd[speed][i]! / r.total.cpoRevenueUsd[i]!,
        'fraction',
        `${speed} share of CPO revenue excluding ELS, ${year}`,
      );
    }
    for (const seg of SEGMENTS) {
      const t = r.segments[seg].techShare;
      facts.add(
        `share.${year}.${seg}.pluggable`,
        t.pluggableDsp[i]! + t.lpo[i]!,
        'fraction',
        `Non-CPO share of ${SEGMENT_LABEL[seg]} bandwidth (pluggables${seg === 'scaleUp' ? ' and copper' : ''}), ${year}`,
      );
      facts.add(`share.${year}.${seg}.lpo`, t.lpo[i]!, 'fraction', `LPO share of ${SEGMENT_LABEL[seg]} bandwidth, ${year}`);
      facts.add(`demand.${year}.${seg}`, r.segments[seg].demand800gEq[i]!, 'count', `Addressable ${SEGMENT_LABEL[seg]} bandwidth in 800G-equivalents, ${year}`);
      facts.add(`revenue.${year}.${seg}.els`, r.segments[seg].elsRevenueUsd[i]!, 'usd', `${SEGMENT_LABEL[seg]} ELS revenue, ${year}`);
    }
    facts.add(
      `demand.${year}.ratio`,
      r.segments.scaleOut.demand800gEq[i]! === 0 ? 0 : r.segments.scaleUp.demand800gEq[i]! / r.segments.scaleOut.demand800gEq[i]!,
      'ratio',
      `Addressable scale-up bandwidth over scale-out, ${year}`,
    );
    facts.add(`asp.${year}.laser`, r.pricing.laserAspUsd[i]!, 'usd', `ELS module price, ${year}`);
    facts.add(
      `power.cluster.${year}.cpoSaving`,
      r.power.clusterPowerW.pluggableDsp[i]! - r.power.clusterPowerW.cpo[i]!,
      'watts',
      `Reference-cluster optics power an all-CPO build saves against all-DSP pluggables, ${year}`,
    );
  });
  for (const seg of SEGMENTS) {
    facts.add(
      `ratio.${years[0]}_${years[last]}.${seg}.revenue`,
      r.segments[seg].cpoRevenueUsd[last]! / (r.segments[seg].cpoRevenueUsd[0] || Number.NaN),
      'ratio',
      `${SEGMENT_LABEL[seg]} CPO revenue in ${years[last]} over ${years[0]}`,
    );
  }
  const ic = r.metrics.crossoverYear === null ? -1 : years.indexOf(r.metrics.crossoverYear);
  facts.add('crossover.scaleUpRevenue', ic < 0 ? null : r.segments.scaleUp.cpoRevenueUsd[ic]!, 'usd', 'Scale-up CPO revenue in the crossover year');
  facts.add('crossover.scaleOutRevenue', ic < 0 ? null : r.segments.scaleOut.cpoRevenueUsd[ic]!, 'usd', 'Scale-out CPO revenue in the crossover year');
  const i2026 = years.indexOf(2026);
  if (i2026 >= 0) {
    facts.add(
      `asp.change.2026_${years[last]}`,
      r.pricing.cpoAspUsdPer800gEq[last]! / r.pricing.cpoAspUsdPer800gEq[i2026]! - 1,
      'growth',
      `Change in CPO ASP per 800G-eq, 2026–${years[last]}`,
    );
    facts.add(
      `asp.decline.2026_${years[last]}`,
      1 - r.pricing.cpoAspUsdPer800gEq[last]! / r.pricing.cpoAspUsdPer800gEq[i2026]!,
      'fraction',
      `Fall in CPO ASP per 800G-eq, 2026–${years[last]}`,
    );
    facts.add(
      `revenue.multiple.2026_${years[last]}`,
      r.total.cpoRevenueUsd[last]! / r.total.cpoRevenueUsd[i2026]!,
      'ratio',
      `CPO revenue excluding ELS in ${years[last]} over 2026`,
    );
  }
  for (const speed of PORT_SPEEDS) {
    const key = SPEED_KEY[speed];
    const e = r.power.energyPjPerBit;
    facts.add(`power.ratio.${key}.lpoVsCpo`, e.lpo[speed] / e.cpo[speed], 'ratio', `LPO energy per bit over CPO at ${speed}`);
    facts.add(`power.saving.${key}.cpoVsDsp`, 1 - e.cpo[speed] / e.pluggableDsp[speed], 'fraction', `Power CPO saves against a DSP pluggable at ${speed}`);
  }
}

/** Unit shipments by year, for vintages that state unit capacities. */
function addUnitFacts(facts: FactRegistry, r: Results, u: NonNullable<Results['units']>): void {
  r.years.forEach((year, i) => {
    facts.add(`units.${year}.cpoSwitches`, u.cpoSwitches[i]!, 'count', `Scale-out CPO switches shipped, ${year}`);
    facts.add(`units.${year}.opticalEngines`, u.opticalEngines[i]!, 'count', `CPO optical engines shipped, ${year}`);
    facts.add(`units.${year}.externalLasers`, u.externalLasers[i]!, 'count', `External laser source modules shipped, ${year}`);
  });
}

/** The inputs prose may quote: the calibrated learning rate and the adoption curves. */
function addInputFacts(facts: FactRegistry, inputs: ModelInputs): void {
  facts.add('input.learningRate', inputs.pricing.learningRate, 'fraction', 'CPO price learning rate per doubling of cumulative volume');
  facts.add('input.aspStart', inputs.pricing.cpoAspUsdPer800gEq, 'usd', `CPO ASP per 800G-eq excluding laser in ${inputs.years[0]}`);
  facts.add('input.scaleUpPriceFactor', inputs.pricing.segmentPriceFactor.scaleUp, 'fraction', 'Scale-up CPO price relative to scale-out');
  for (const seg of SEGMENTS) {
    const a = inputs.segments[seg].adoption;
    facts.add(`input.${seg}.cap`, a.cap, 'fraction', `Long-run ceiling of the ${SEGMENT_LABEL[seg]} CPO share`);
    facts.add(`input.${seg}.midpoint`, a.midpointYear, 'year', `Year the ${SEGMENT_LABEL[seg]} CPO share reaches half its ceiling`);
    if (a.firstShipmentYear !== undefined)
      facts.add(`input.${seg}.firstShipment`, a.firstShipmentYear, 'year', `First volume year of ${SEGMENT_LABEL[seg]} CPO`);
  }
  facts.add('input.clusterAccelerators', inputs.power.referenceClusterAccelerators, 'count', 'Accelerators in the reference AI cluster');
  // Only for vintages that state it: an archive's published facts must not gain names (frozen outputs).
  if (inputs.power.scaleUpNonCpoOpticalShare !== undefined)
    facts.add(
      'input.scaleUpNonCpoOpticalShare',
      inputs.power.scaleUpNonCpoOpticalShare,
      'fraction',
      'Share of scale-up bandwidth outside CPO that runs on optics rather than copper (cluster power)',
    );
}
