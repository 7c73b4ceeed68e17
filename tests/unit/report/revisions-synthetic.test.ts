/**
 * Revisions between two small synthetic vintages that differ in exactly the way each case needs: changed
 * values with a hand-worked waterfall, added and removed assumptions, facts that appear or vanish, a changed
 * horizon and an empty waterfall. Expected numbers are worked out in the comments from the hand-worked case
 * (tests/helpers/synthetic.ts: 2026–2027, scale-out only, 2026 CPO units 1,000, 2027 units 1,500, one doubling).
 */
import { useReport } from '../../../packages/engine/src/report/current';
import type { Report } from '../../../packages/engine/src/contract';
import report from '../../../src/report';
import { describe, expect, it } from 'vitest';
import { REVISION_CHARTS } from '../../../packages/engine/src/charts/figures/revisions';
import { renderChart } from '../../../packages/engine/src/charts/render';
import type { ChartContext } from '../../../packages/engine/src/charts/types';
import type { AssumptionsFile } from '../../../src/schema';
import { attribute, explainedTotal } from '../../../packages/engine/src/model/attribution';
import { buildFacts } from '../../../src/facts';
import { runModel } from '../../../src/model/project';
import { compareVintages, diffAssumptions, formatUnitFor, revenueIn, summarizeRevision, vintageName } from '../../../packages/engine/src/report/revisions';
import { listAssumptions } from '../../../packages/engine/src/data/assumptions';
import type { Source } from '../../../packages/engine/src/data/schema';
import { handWorked, syntheticDoc, syntheticVintage, type PlainAssumptions } from '../../helpers/synthetic';

const plain = (edit: (p: PlainAssumptions) => void = () => {}) => {
  const p = handWorked();
  edit(p);
  return p;
};
const vintage = (id: string, edit?: (p: PlainAssumptions) => void, docEdit?: (d: AssumptionsFile) => void) => {
  const doc = syntheticDoc(plain(edit));
  docEdit?.(doc);
  return syntheticVintage(id, doc);
};
const compare = (a: ReturnType<typeof vintage>, b: ReturnType<typeof vintage>) => {
  const fa = buildFacts(runModel(a.inputs));
  const fb = buildFacts(runModel(b.inputs));
  return compareVintages(a, b, fa, fb);
};

/** The hand-worked case with one more year, 2028, like 2027. */
const longer = (id: string) =>
  vintage(id, (p) => {
    p.end = 2028;
    p.accelerators.push(1000);
    for (const s of [p.scaleOut, p.scaleUp]) {
      s.portsPerAccelerator.push(s.portsPerAccelerator[1]!);
      s.lpoShareOfPluggable.push(s.lpoShareOfPluggable[1]!);
      for (const sp of ['800G', '1.6T', '3.2T'] as const) s.speedMix[sp].push(s.speedMix[sp][1]!);
    }
  });

describe('model/attribute: a hand-worked two-step substitution', () => {
  // metric(x, y) = x·y, from (1, 1) to (2, 3).
  //   x first: 1·1 → 2·1 (+1), then 2·1 → 2·3 (+4): total +5.
  //   y first: 1·1 → 1·3 (+2), then 1·3 → 2·3 (+3): total +5, split differently.
  const metric = ([x, y]: number[]) => x! * y!;
  const stepX = { id: 'x', label: 'x', apply: ([, y]: number[]) => [2, y!] };
  const stepY = { id: 'y', label: 'y', apply: ([x]: number[]) => [x!, 3] };

  it('each step is the move of the metric at that step, in the order given', () => {
    const a = attribute([1, 1], [2, 3], [stepX, stepY], metric);
    expect(a.contributions.map((c) => [c.id, c.before, c.after, c.delta])).toEqual([
      ['x', 1, 2, 1],
      ['y', 2, 6, 4],
    ]);
    expect([a.start, a.end, a.total, a.residual]).toEqual([1, 6, 5, 0]);
    const b = attribute([1, 1], [2, 3], [stepY, stepX], metric);
    expect(b.contributions.map((c) => c.delta)).toEqual([2, 3]);
  });

  it('what no step reaches is the residual', () => {
    // Only x is substituted: 1 → 2 (+1); the residual is 6 − 2 = 4, and the parts still add up to 5.
    const a = attribute([1, 1], [2, 3], [stepX], metric);
    expect(a.contributions.map((c) => c.delta)).toEqual([1]);
    expect(a.residual).toBe(4);
    expect(explainedTotal(a)).toBe(5);
  });
});

describe('revisions between synthetic vintages', () => {
  it('changed values: the waterfall matches the hand-worked steps in document order', () => {
    // Old 2027 revenue: 1,500 units × $100 × 0.8 (one doubling at a 20% learning rate) = $120,000.
    // New: ASP $150 and learning rate 10%. Document order puts the ASP first:
    //   ASP:           1,500 × $150 × 0.8 = $180,000   (+$60,000)
    //   learning rate: 1,500 × $150 × 0.9 = $202,500   (+$22,500)
    const c = compare(
      vintage('2026-01'),
      vintage('2026-06', (p) => {
        p.asp = 150;
        p.learningRate = 0.1;
      }),
    );
    expect(c.targetYear).toBe(2027);
    expect(c.horizonChanged).toBe(false);
    expect(c.changes.map((x) => [x.id, x.kind])).toEqual([
      ['pricing.cpoAspUsdPer800gEq', 'changed'],
      ['pricing.learningRate', 'changed'],
    ]);
    const a = c.attribution!;
    expect(a.start).toBeCloseTo(120_000, 6);
    expect(a.end).toBeCloseTo(202_500, 6);
    expect(a.contributions.map((x) => x.id)).toEqual(['pricing.cpoAspUsdPer800gEq', 'pricing.learningRate']);
    expect(a.contributions[0]!.delta).toBeCloseTo(60_000, 6);
    expect(a.contributions[1]!.delta).toBeCloseTo(22_500, 6);
    expect(a.residual).toBeCloseTo(0, 9);
    // The summary names the larger contributor first, with its formatted value.
    const text = summarizeRevision(c);
    expect(text).toContain('Two assumptions changed');
    expect(text).toContain('up $82.5K (+69%) from $120K');
    expect(text).toContain('Most of the change comes from the CPO price (+$60K) and the CPO learning rate (+$22.5K).');
  });

  it('a contributor against the total is named as working the other way', () => {
    // ASP $150 (+$60,000 as above), then a 40% learning rate: 1,500 × $150 × 0.6 = $135,000 (−$45,000). Total +$15,000.
    const c = compare(
      vintage('2026-01'),
      vintage('2026-06', (p) => {
        p.asp = 150;
        p.learningRate = 0.4;
      }),
    );
    expect(c.attribution!.contributions[1]!.delta).toBeCloseTo(-45_000, 6);
    expect(summarizeRevision(c)).toContain('Most of the change comes from the CPO price (+$60K); the CPO learning rate worked the other way (−$45K).');
  });

  it('added and removed assumptions are listed, get no waterfall step, and leave the sum intact', () => {
    // A newer schema's extra assumption (ignored by this model) appears in the new vintage; another vanishes.
    const extra = (d: AssumptionsFile, key: string, label: string, value: number) => {
      (d.els as Record<string, unknown>)[key] = { label, unit: 'W', value, rationale: 'Synthetic test value.' };
    };
    const before = vintage('2026-01', undefined, (d) => extra(d, 'laserPowerW', 'Laser power', 2));
    const after = vintage(
      '2026-06',
      (p) => {
        p.asp = 150;
      },
      (d) => extra(d, 'laserCount', 'Lasers per engine', 8),
    );
    const changes = diffAssumptions(before, after);
    expect(changes.map((x) => [x.id, x.kind, x.oldText, x.newText])).toEqual([
      ['pricing.cpoAspUsdPer800gEq', 'changed', '$100', '$150'],
      ['els.laserCount', 'added', '—', '8'],
      ['els.laserPowerW', 'removed', '2', '—'],
    ]);
    const c = compare(before, after);
    // The ASP is substituted; the added and the removed assumption each get a step of their own, which moves nothing
    // (this model does not read them).
    expect(c.attribution!.contributions.map((x) => x.id)).toEqual(['pricing.cpoAspUsdPer800gEq', 'els.laserCount', 'els.laserPowerW']);
    expect(c.attribution!.contributions.slice(1).map((x) => x.delta)).toEqual([0, 0]);
    // Only the ASP moves 2027 revenue: 1,500 × $50 × 0.8 = +$60,000, nothing left over.
    expect(c.attribution!.total).toBeCloseTo(60_000, 6);
    expect(c.attribution!.residual).toBeCloseTo(0, 9);
    expect(summarizeRevision(c)).toContain('Three assumptions changed');
  });

  it('a series shows only the years whose value changed', () => {
    const c = diffAssumptions(
      vintage('2026-01'),
      vintage('2026-06', (p) => (p.accelerators = [1000, 1200])),
    );
    expect(c.map((x) => [x.id, x.oldText, x.newText])).toEqual([['acceleratorShipments', '2027: 1K', '2027: 1.2K']]);
  });

  it('a horizon that starts earlier cannot be substituted: its effect is the whole residual', () => {
    // The new vintage adds 2025 (share 1/(1 + e^(ln 3)) = 1/4 → 2,000 × 1/4 = 500 CPO units), so 2027 is priced at
    // cumulative 1,000 + 500 + 1,000 = 2,500 instead of 2,000: revenue 1,500 × $100 × 0.8^log2(2.5) = $111,682
    // No value of 2026 or 2027 changed: the eleven series that gained a 2025 value each get a step that moves
    // nothing (the substitution keeps the old horizon), and the residual is all of −$8,318.
    const later = vintage('2026-01');
    const earlier = vintage('2026-06', (p) => {
      p.start = 2025;
      p.accelerators = [1000, ...p.accelerators];
      for (const s of [p.scaleOut, p.scaleUp]) {
        s.portsPerAccelerator = [s.portsPerAccelerator[0]!, ...s.portsPerAccelerator];
        s.lpoShareOfPluggable = [s.lpoShareOfPluggable[0]!, ...s.lpoShareOfPluggable];
        for (const sp of ['800G', '1.6T', '3.2T'] as const) s.speedMix[sp] = [s.speedMix[sp][0]!, ...s.speedMix[sp]];
      }
    });
    const c = compare(later, earlier);
    expect(c.horizonChanged).toBe(true);
    expect(c.targetYear).toBe(2027);
    expect(c.attribution!.contributions.length).toBe(11);
    expect(c.attribution!.contributions.map((x) => x.delta)).toEqual(new Array(11).fill(0));
    expect(c.attribution!.residual).toBeCloseTo(150_000 * 0.8 ** Math.log2(2.5) - 120_000, 6);
    expect(c.attribution!.residual).toBeCloseTo(-8_318, 0);
    // The series gained a year: listed as changed (2025: — → value), still no step for it.
    expect(c.changes.map((x) => x.id)).toContain('acceleratorShipments');
    expect(c.changes.find((x) => x.id === 'acceleratorShipments')).toMatchObject({ oldText: '2025: —', newText: '2025: 1K' });
  });

  it('a horizon that ends later has no common target year: no waterfall, and the summary says only what changed', () => {
    const c = compare(vintage('2026-01'), longer('2026-06'));
    expect(c.horizonChanged).toBe(true);
    expect(c.targetYear).toBeUndefined();
    expect(c.attribution).toBeUndefined();
    expect(summarizeRevision(c)).toBe('11 assumptions changed between the January 2026 and June 2026 forecasts.');
  });

  it('headline facts that exist in only one vintage are left out; a crossover that appears reads "now within the horizon"', () => {
    // The report's headline facts name 2026–2030 years; these vintages span 2026–2027 (and 2026–2028), so only the
    // facts both registries hold are compared.
    const short = vintage('2026-01');
    const long = longer('2026-06');
    const shortFacts = buildFacts(runModel(short.inputs));
    const longFacts = buildFacts(runModel(long.inputs));
    const listed = compareVintages(short, long, shortFacts, longFacts).facts;
    expect(listed.length).toBeGreaterThan(0);
    for (const f of listed) expect(shortFacts.has(f.name) && longFacts.has(f.name), f.name).toBe(true);
    expect(listed.map((f) => f.name)).not.toContain('revenue.2030.total');
    const withScaleUp = vintage('2026-06', (p) => {
      // Scale-up with 5 800G-eq per accelerator at half the price overtakes in 2026 (hand-worked case).
      p.scaleUp = { ...structuredClone(p.scaleOut), portsPerAccelerator: [5, 5] };
    });
    const crossoverOf = (a: typeof short, b: typeof short) =>
      compareVintages(a, b, buildFacts(runModel(a.inputs)), buildFacts(runModel(b.inputs))).facts.find((f) => f.name === 'crossover.year')!;
    const ahead = crossoverOf(short, withScaleUp);
    expect([ahead.oldText, ahead.newText, ahead.changeText, ahead.changed]).toEqual(['none by 2027', '2026', 'now within the horizon', true]);
    const back = crossoverOf(withScaleUp, short);
    expect([back.oldText, back.newText, back.changeText]).toEqual(['2026', 'none by 2027', 'now beyond the horizon']);
    const same = crossoverOf(short, short);
    expect([same.changeText, same.changed]).toEqual(['unchanged', false]);
  });

  it('identical vintages: an empty waterfall that still renders, and a summary that says nothing moved', async () => {
    const before = vintage('2026-01');
    const after = vintage('2026-06');
    const c = compare(before, after);
    expect(c.changes).toEqual([]);
    expect(c.attribution!.contributions).toEqual([]);
    expect([c.attribution!.total, c.attribution!.residual]).toEqual([0, 0]);
    expect(summarizeRevision(c)).toBe(
      'The June 2026 forecast leaves 2027 CPO revenue excluding ELS at $120K, as in the January 2026 forecast. No assumptions changed.',
    );
    const results = runModel(after.inputs);
    const ctx: ChartContext = {
      results,
      facts: buildFacts(results),
      revision: {
        previousId: before.id,
        currentId: after.id,
        previousName: 'January 2026',
        currentName: 'June 2026',
        previousResults: runModel(before.inputs),
        attribution: c.attribution!,
        targetYear: 2027,
      },
    };
    const waterfall = REVISION_CHARTS.find((d) => d.id === 'fig-revision-waterfall')!;
    const chart = await renderChart(waterfall, ctx, 'test-');
    expect(chart.svg).toMatch(/^<svg[^>]*role="img"/);
    expect(chart.description).toContain('Steps: none; residual');
    // Start, residual and end: three bars, no step.
    expect(chart.data.rows.length).toBe(3);
  });
});

describe('revisions: the details a reader sees', () => {
  const source = (id: string): Source => ({ id, publisher: `Publisher ${id}`, title: `Title ${id}`, date: '2026-01-01', kind: 'primary' }) as Source;

  it('names every month and counts changes in words up to ten', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    months.forEach((m, i) => expect(vintageName(`2026-${String(i + 1).padStart(2, '0')}`)).toBe(`${m} 2026`));
    expect(vintageName('draft')).toBe('draft');
    const words = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', '11'];
    const base = compare(vintage('2026-01'), vintage('2026-02'));
    words.forEach((word, n) => {
      const text = summarizeRevision({ ...base, changes: new Array(n).fill(base.changes[0]), attribution: undefined, targetYear: undefined });
      expect(text).toBe(`${word} assumption${n === 1 ? '' : 's'} changed between the January 2026 and February 2026 forecasts.`);
    });
  });

  it('maps free-text units to the formatter', () => {
    expect(formatUnitFor('USD')).toBe('usd');
    expect(formatUnitFor('year')).toBe('year');
    expect(formatUnitFor('fraction of pluggable bandwidth')).toBe('fraction');
    expect(formatUnitFor('share, as a fraction')).toBe('count');
    expect(formatUnitFor('800G-eq ports per accelerator')).toBe('count');
  });

  it("maps a free-text unit to the report's own unit whose suffix it is, in any case", () => {
    useReport({ ...report, units: { megatonnes: { suffix: ' Mt', digits: 2 } } } as Report);
    try {
      expect(formatUnitFor('Mt')).toBe('megatonnes');
      expect(formatUnitFor('mt')).toBe('megatonnes');
      expect(formatUnitFor('tonnes')).toBe('count');
    } finally {
      useReport(report);
    }
  });

  it('a series change lists the changed years in year order, including a year only one vintage has', () => {
    // The old vintage has 2026–2027; the new one adds 2025 (first in its document) and changes 2027.
    const c = diffAssumptions(
      vintage('2026-01'),
      vintage('2026-06', (p) => {
        p.start = 2025;
        p.accelerators = [1000, 1000, 1200];
        for (const s of [p.scaleOut, p.scaleUp]) {
          s.portsPerAccelerator = [s.portsPerAccelerator[0]!, ...s.portsPerAccelerator];
          s.lpoShareOfPluggable = [s.lpoShareOfPluggable[0]!, ...s.lpoShareOfPluggable];
          for (const sp of ['800G', '1.6T', '3.2T'] as const) s.speedMix[sp] = [s.speedMix[sp][0]!, ...s.speedMix[sp]];
        }
      }),
    );
    expect(c.find((x) => x.id === 'acceleratorShipments')).toMatchObject({ oldText: '2025: — · 2027: 1K', newText: '2025: 1K · 2027: 1.2K' });
  });

  it('a change carries the provenance of its new value: the cited source itself, or the rationale', () => {
    const after = vintage(
      '2026-06',
      (p) => (p.asp = 150),
      (d) => {
        const node = d.pricing.cpoAspUsdPer800gEq as { source?: string; rationale?: string };
        node.source = 'src-b';
        delete node.rationale;
      },
    );
    after.sources = [source('src-a'), source('src-b')];
    const before = vintage('2026-01');
    before.sources = [source('src-a'), source('src-old')];
    const [asp] = diffAssumptions(
      before,
      vintage('2026-06', (p) => (p.asp = 150)),
    );
    expect('sourceId' in asp!).toBe(false);
    expect(asp!.rationale).toBe('Synthetic test value.');
    const [cited] = diffAssumptions(before, after);
    expect(cited!.sourceId).toBe('src-b');
    expect(cited!.source).toEqual(source('src-b'));
    expect('rationale' in cited!).toBe(false);
    const c = compare(before, after);
    expect(c.sourcesAdded.map((x) => x.id)).toEqual(['src-b']);
    expect(c.sourcesRemoved.map((x) => x.id)).toEqual(['src-old']);
  });

  it('a horizon moved by a year (same length) counts as changed; a year the new vintage dropped keeps its old value in the substitution', () => {
    // Old 2025–2027, new 2026–2027 with 2027 shipments raised to 1,200. The step for shipments only sets 2027; the
    // old state's 2025 stays as it was (the new vintage has none), so every step is a finite number.
    const old = vintage('2025-11', (p) => {
      p.start = 2025;
      p.accelerators = [1000, 1000, 1000];
      for (const s of [p.scaleOut, p.scaleUp]) {
        s.portsPerAccelerator = [s.portsPerAccelerator[0]!, ...s.portsPerAccelerator];
        s.lpoShareOfPluggable = [s.lpoShareOfPluggable[0]!, ...s.lpoShareOfPluggable];
        for (const sp of ['800G', '1.6T', '3.2T'] as const) s.speedMix[sp] = [s.speedMix[sp][0]!, ...s.speedMix[sp]];
      }
    });
    const c = compare(
      old,
      vintage('2026-06', (p) => (p.accelerators = [1000, 1200])),
    );
    expect(c.horizonChanged).toBe(true);
    const step = c.attribution!.contributions.find((x) => x.id === 'acceleratorShipments')!;
    // Old 2027: cumulative 1,000 + 500 + 1,000 = 2,500 → price 100 × 0.8^log2(2.5); 1,500 → 1,800 units (+300).
    expect(step.delta).toBeCloseTo(300 * 100 * 0.8 ** Math.log2(2.5), 6);
    expect(c.attribution!.contributions.every((x) => Number.isFinite(x.delta))).toBe(true);
    // Same length, start moved: 2026–2027 against 2027–2028.
    const moved = compare(
      vintage('2026-01'),
      vintage(
        '2026-06',
        (p) => (p.start = 2027),
        (d) => {
          for (const { node } of listAssumptions(d)) {
            if ('values' in node) node.values = { '2027': node.values['2026']!, '2028': node.values['2027']! };
          }
          d.years = { start: 2027, end: 2028 };
        },
      ),
    );
    expect(moved.horizonChanged).toBe(true);
  });

  it('revenue of a year outside the horizon is an error that names the horizon', () => {
    expect(() => revenueIn(2040)(vintage('2026-01').assumptions)).toThrow('year 2040 is outside the horizon 2026–2027');
  });

  it('the summary: one change, a fall, lower-cased labels, the two largest contributors only, no percentage from zero', () => {
    // Laser price does not move revenue excluding lasers; the ASP alone: $100 → $80 lowers 2027 revenue by 1,500 × 20 × 0.8.
    const one = compare(
      vintage('2026-01'),
      vintage('2026-06', (p) => (p.asp = 80)),
    );
    expect(summarizeRevision(one)).toBe(
      'The June 2026 forecast puts 2027 CPO revenue excluding ELS at $96K, down $24K (−20%) from $120K in the January 2026 forecast. One assumption changed. Most of the change comes from the CPO price (−$24K).',
    );
    // Three raises in 2027: scale-out bandwidth per accelerator 2 → 3 (+50% volume, the largest), shipments +10% and
    // the ASP +10% (smaller); only the two largest are named.
    const three = compare(
      vintage('2026-01'),
      vintage('2026-06', (p) => {
        p.asp = 110;
        p.accelerators = [1000, 1100];
        p.scaleOut.portsPerAccelerator = [2, 3];
      }),
    );
    const text = summarizeRevision(three);
    const ranked = [...three.attribution!.contributions].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
    expect(ranked.length).toBe(3);
    expect(ranked.every((x) => x.delta > 0)).toBe(true);
    expect(ranked[0]!.id).toBe('segments.scaleOut.opticalPorts800gEqPerAccelerator');
    // "Scale-out bandwidth …" is lower-cased in a sentence; "AI …" and "CPO …" keep their acronyms.
    expect(text).toContain('Most of the change comes from the scale-out bandwidth per accelerator (+$');
    expect(text.toLowerCase()).not.toContain(ranked[2]!.label.toLowerCase());
    // From zero revenue there is no percentage change to quote.
    const zero = compare(
      vintage('2026-01', (p) => (p.scaleOut.cap = 0)),
      vintage('2026-06'),
    );
    expect(summarizeRevision(zero)).toContain('up $120K from $0 in the January 2026 forecast');
  });
});
