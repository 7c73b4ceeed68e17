import { z } from 'zod';

/**
 * Schemas of a vintage's files. One small schema per concept; the JSON Schema in data/schema/ is
 * generated from these (npm run schema), so editors and this validator agree.
 */

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a source id of lowercase letters, digits and dashes' });
const YearKey = z.string().regex(/^\d{4}$/, { error: 'expected a four-digit year as key' });
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' });

/** An error message that also says what was found. */
const got = (expected: string) => ({ error: (issue: { input?: unknown }) => `${expected}, got ${describe(issue.input)}` });

/** How an assumption's value is bounded; the unit decides what "valid" means. */
const number = z.number(got('expected a finite number'));
const kinds = {
  fraction: number.min(0, got('expected a fraction between 0 and 1')).max(1, got('expected a fraction between 0 and 1')),
  positive: number.positive(got('expected a number above 0')),
  nonNegative: number.nonnegative(got('expected a number of 0 or more')),
  year: number.min(YEAR_MIN, got(`expected a year between ${YEAR_MIN} and ${YEAR_MAX}`)).max(YEAR_MAX, got(`expected a year between ${YEAR_MIN} and ${YEAR_MAX}`)),
  learningRate: number.min(0, got('expected a rate from 0 up to (not including) 1')).lt(1, got('expected a rate from 0 up to (not including) 1')),
} as const;
export type ValueKind = keyof typeof kinds;

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

const provenance = {
  label: z.string().min(1, { error: 'expected a non-empty label' }),
  unit: z.string().min(1, { error: 'expected a unit' }),
  source: SourceId.optional(),
  rationale: z.string().min(1, { error: 'expected a non-empty rationale' }).optional(),
  note: z.string().optional(),
};

const needsProvenance = (node: { source?: string | undefined; rationale?: string | undefined }) => node.source !== undefined || node.rationale !== undefined;
const provenanceError = { error: 'expected a "source" id or a "rationale" for this assumption', path: ['source'] };

export function scalar(kind: ValueKind) {
  return z.strictObject({ ...provenance, value: kinds[kind] }).refine(needsProvenance, provenanceError);
}
export function series(kind: ValueKind) {
  return z.strictObject({ ...provenance, values: z.record(YearKey, kinds[kind]) }).refine(needsProvenance, provenanceError);
}
export type ScalarAssumption = z.infer<ReturnType<typeof scalar>>;
export type SeriesAssumption = z.infer<ReturnType<typeof series>>;

const speedSeries = (kind: ValueKind) => z.strictObject({ '800G': series(kind), '1.6T': series(kind), '3.2T': series(kind) });
const speedScalars = (kind: ValueKind) => z.strictObject({ '800G': scalar(kind), '1.6T': scalar(kind), '3.2T': scalar(kind) });

const segment = z.strictObject({
  opticalPorts800gEqPerAccelerator: series('nonNegative'),
  adoption: z.strictObject({ cap: scalar('fraction'), steepness: scalar('positive'), midpointYear: scalar('year') }),
  lpoShareOfPluggable: series('fraction'),
  speedMix: speedSeries('fraction'),
});

export const AssumptionsFile = z.strictObject({
  $schema: z.string().optional(),
  years: z.strictObject({ start: kinds.year.int(got('expected a whole year')), end: kinds.year.int(got('expected a whole year')) }),
  acceleratorShipments: series('nonNegative'),
  segments: z.strictObject({ scaleOut: segment, scaleUp: segment }),
  pricing: z.strictObject({
    cpoAspUsdPer800gEq: scalar('positive'),
    learningRate: scalar('learningRate'),
    initialCumulativePorts800gEq: scalar('positive'),
    segmentPriceFactor: z.strictObject({ scaleOut: scalar('positive'), scaleUp: scalar('positive') }),
  }),
  els: z.strictObject({
    lasersPer800gEq: scalar('nonNegative'),
    laserAspUsd: scalar('nonNegative'),
    laserAspAnnualDecline: scalar('learningRate'),
  }),
  power: z.strictObject({
    energyPjPerBit: z.strictObject({
      pluggableDsp: speedScalars('positive'),
      lpo: speedScalars('positive'),
      cpo: speedScalars('positive'),
    }),
    referenceClusterAccelerators: scalar('positive'),
  }),
});
export type AssumptionsFile = z.infer<typeof AssumptionsFile>;

export const Source = z.strictObject({
  id: SourceId,
  publisher: z.string().min(1, { error: 'expected the publisher' }),
  title: z.string().min(1, { error: 'expected the title' }),
  date: PartialDate,
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  via: z.string().optional(),
  kind: z.enum(['primary', 'secondary', 'estimate'], { error: 'expected "primary", "secondary" or "estimate"' }),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(Source).min(1, { error: 'expected at least one source' }),
});
export type SourcesFile = z.infer<typeof SourcesFile>;

export const VintageMeta = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^\d{4}-\d{2}$/, { error: 'expected a vintage id as YYYY-MM' }),
  title: z.string().min(1, { error: 'expected a title' }),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a publication date as YYYY-MM-DD' }),
  status: z.enum(['draft', 'published'], { error: 'expected "draft" or "published"' }),
  summary: z.string().min(1, { error: 'expected a summary of what changed' }),
});
export type VintageMeta = z.infer<typeof VintageMeta>;

/** A dated product, deployment or standards event, for the vendor timeline; every event cites a source. */
export const TimelineEvent = z.strictObject({
  date: PartialDate,
  /** How the source states the date when it is vaguer than `date` (e.g. "2H 2026", "early 2026"). */
  dateText: z.string().min(1).optional(),
  actor: z.string().min(1, { error: 'expected the company or body behind the event' }),
  /** Short name used as the point label on the chart. */
  label: z.string().min(1, { error: 'expected a short label' }).max(32, got('expected a label of at most 32 characters')),
  title: z.string().min(1, { error: 'expected a one-line description of the event' }),
  kind: z.enum(['product', 'shipment', 'standard', 'plan'], { error: 'expected "product", "shipment", "standard" or "plan"' }),
  segment: z.enum(['scaleOut', 'scaleUp', 'both'], { error: 'expected "scaleOut", "scaleUp" or "both"' }),
  source: SourceId,
  note: z.string().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const TimelineFile = z.strictObject({
  $schema: z.string().optional(),
  events: z.array(TimelineEvent),
});
export type TimelineFile = z.infer<typeof TimelineFile>;

/** Files of a vintage folder, with the schema each must satisfy. */
export const VINTAGE_FILES = {
  'vintage.json': VintageMeta,
  'assumptions.json': AssumptionsFile,
  'sources.json': SourcesFile,
  /** Optional: a vintage without it has an empty timeline. */
  'timeline.json': TimelineFile,
} as const;
