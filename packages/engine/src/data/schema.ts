import { z } from 'zod';
import { describe } from './describe';
import { distributionProblems, type DistributionProblem, type KindRange } from './distribution-checks';

/**
 * Schemas of a vintage's files. One small schema per concept; the JSON Schema in data/schema/ is
 * generated from these (npm run schema), so editors and this validator agree.
 */

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a source id of lowercase letters, digits and dashes' });
const YearKey = z.string().regex(/^\d{4}$/, { error: 'expected a four-digit year as key' });

/** An error message that also says what was found. */
export const got = (expected: string) => ({ error: (issue: { input?: unknown }) => `${expected}, got ${describe(issue.input)}` });
const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, got('expected a date as YYYY, YYYY-MM or YYYY-MM-DD'));

/**
 * Wright's-law learning rates at or above 50% make price fall faster than cumulative volume grows, so revenue would
 * shrink as demand rises (tests/unit/model/properties.test.ts). Observed rates are 5–35%.
 */
export const LEARNING_RATE_LIMIT = 0.5;

/** How an assumption's value is bounded; the unit decides what "valid" means. */
const number = z.number(got('expected a finite number'));
export const finiteNumber = number;
export const kinds = {
  fraction: number.min(0, got('expected a fraction between 0 and 1')).max(1, got('expected a fraction between 0 and 1')),
  positive: number.positive(got('expected a number above 0')),
  nonNegative: number.nonnegative(got('expected a number of 0 or more')),
  year: number
    .min(YEAR_MIN, got(`expected a year between ${YEAR_MIN} and ${YEAR_MAX}`))
    .max(YEAR_MAX, got(`expected a year between ${YEAR_MIN} and ${YEAR_MAX}`)),
  learningRate: number.min(0, got('expected a rate from 0 up to (not including) 1')).lt(1, got('expected a rate from 0 up to (not including) 1')),
  experienceRate: number
    .min(0, got(`expected a learning rate from 0 up to (not including) ${LEARNING_RATE_LIMIT}`))
    .lt(
      LEARNING_RATE_LIMIT,
      got(
        `expected a learning rate from 0 up to (not including) ${LEARNING_RATE_LIMIT}; at ${LEARNING_RATE_LIMIT} or more, price falls faster than volume grows and revenue would shrink as demand rises`,
      ),
    ),
} as const;
export type ValueKind = keyof typeof kinds;

/** The numeric range of each kind, so a distribution's support can be checked against it. */
const KIND_RANGE: Record<ValueKind, KindRange> = {
  fraction: { min: 0, max: 1, label: 'a fraction between 0 and 1' },
  positive: { min: 0, max: Infinity, minExclusive: true, label: 'a number above 0' },
  nonNegative: { min: 0, max: Infinity, label: 'a number of 0 or more' },
  year: { min: YEAR_MIN, max: YEAR_MAX, label: `a year between ${YEAR_MIN} and ${YEAR_MAX}` },
  learningRate: { min: 0, max: 1, maxExclusive: true, label: 'a rate from 0 up to (not including) 1' },
  experienceRate: { min: 0, max: LEARNING_RATE_LIMIT, maxExclusive: true, label: `a learning rate from 0 up to (not including) ${LEARNING_RATE_LIMIT}` },
};

export { describe };

/**
 * Uncertainty of one assumption. On a scalar the parameters are in the assumption's unit and the centre
 * (triangular mode, normal mean, lognormal median) defaults to the point value; on a series, or on a scalar
 * with "relative": true, they describe a multiplier of the point value(s), centred on 1, so the range follows
 * the point value when it is recalibrated. Normal is truncated to [low, high]; lognormal may be.
 */
const relative = z.boolean({ error: 'expected true or false' }).optional();
const Triangular = z.strictObject({ type: z.literal('triangular'), low: number, mode: number.optional(), high: number, relative });
const Uniform = z.strictObject({ type: z.literal('uniform'), low: number, high: number, relative });
const Normal = z.strictObject({
  type: z.literal('normal'),
  relative,
  mean: number.optional(),
  sd: number.nonnegative(got('expected a standard deviation of 0 or more')),
  low: number,
  high: number,
});
const Lognormal = z.strictObject({
  type: z.literal('lognormal'),
  relative,
  median: number.positive(got('expected a median above 0')).optional(),
  sigma: number.nonnegative(got('expected a log-space standard deviation of 0 or more')),
  low: number.positive(got('expected a lower bound above 0')).optional(),
  high: number.positive(got('expected an upper bound above 0')).optional(),
});
export const Distribution = z
  .discriminatedUnion('type', [Triangular, Uniform, Normal, Lognormal], {
    error: (issue: { input?: unknown }) =>
      `expected a distribution whose "type" is "triangular", "uniform", "normal" or "lognormal", got ${describe((issue.input as { type?: unknown } | undefined)?.type ?? issue.input)}`,
  })
  // An id puts it once under $defs in the generated JSON Schema instead of inline at every assumption.
  .meta({ id: 'Distribution' });
export type Distribution = z.infer<typeof Distribution>;

const provenance = {
  label: z.string().min(1, { error: 'expected a non-empty label' }),
  unit: z.string().min(1, { error: 'expected a unit' }),
  source: SourceId.optional(),
  rationale: z.string().min(1, { error: 'expected a non-empty rationale' }).optional(),
  /**
   * Present when the value was set to reproduce a figure (a published market size, a thesis) rather than read from
   * evidence: what it reproduces. Shown beside the value, so a tuned input is never passed off as a finding.
   */
  calibration: z.string().min(1, { error: 'expected what the value was set to reproduce' }).optional(),
  note: z.string().optional(),
};

const needsProvenance = (node: { source?: string | undefined; rationale?: string | undefined }) => node.source !== undefined || node.rationale !== undefined;
const provenanceError = { error: 'expected a "source" id or a "rationale" for this assumption', path: ['source'] };

export function scalar(kind: ValueKind) {
  return z
    .strictObject({ ...provenance, value: kinds[kind], distribution: Distribution.optional() })
    .refine(needsProvenance, provenanceError)
    .superRefine((node, ctx) => {
      if (node.distribution)
        reportDistribution(distributionProblems(node.distribution, [node.value], KIND_RANGE[kind], node.distribution.relative ? 'multiplier' : 'scalar'), ctx);
    });
}
/** A series' distribution draws one multiplier for the whole series (every year moves together); its centre is 1. */
export function series(kind: ValueKind) {
  return z
    .strictObject({ ...provenance, values: z.record(YearKey, kinds[kind]), distribution: Distribution.optional() })
    .refine(needsProvenance, provenanceError)
    .superRefine((node, ctx) => {
      if (node.distribution) reportDistribution(distributionProblems(node.distribution, Object.values(node.values), KIND_RANGE[kind], 'multiplier'), ctx);
    });
}

function reportDistribution(problems: DistributionProblem[], ctx: z.core.$RefinementCtx) {
  for (const p of problems) ctx.addIssue({ code: 'custom', message: p.message, path: ['distribution', ...(p.key ? [p.key] : [])], input: undefined });
}
export type ScalarAssumption = z.infer<ReturnType<typeof scalar>>;
export type SeriesAssumption = z.infer<ReturnType<typeof series>>;

/** The forecast horizon every assumptions.json starts with: `"years": {"start": 2024, "end": 2030}`. */
export const Horizon = z.strictObject({ start: kinds.year.int(got('expected a whole year')), end: kinds.year.int(got('expected a whole year')) });

/** A validated assumptions.json, seen generically: the horizon plus nested assumption nodes. */
export type AssumptionsDoc = { years: { start: number; end: number } } & Record<string, unknown>;

/**
 * What kind of publisher a source is, so a reader can weigh it: a company, standards body or filing speaking for
 * itself (primary); a market-research firm's own forecast or survey (analyst); a news or trade publication
 * reporting on others (press); or a site that repeats others' material, such as an affiliate blog or a personal
 * wiki (aggregator).
 */
const SOURCE_KINDS = ['primary', 'analyst', 'press', 'aggregator'] as const;

const sourceFields = {
  id: SourceId,
  publisher: z.string().min(1, { error: 'expected the publisher' }),
  title: z.string().min(1, { error: 'expected the title' }),
  date: PartialDate,
  url: z.url({ protocol: /^https?$/, ...got('expected an http(s) URL') }).optional(),
  via: z.string().optional(),
  note: z.string().optional(),
};

/** Sources of vintages locked before source kinds and quotes existed (vintage "format" 1). Kept so archives stay valid. */
export const LegacySource = z.strictObject({
  ...sourceFields,
  // Named so a format-1 vintage given quotes gets told to move to format 2 rather than "unknown key".
  kind: z.enum(
    ['primary', 'secondary', 'estimate'],
    got(
      'expected "primary", "secondary" or "estimate" (the kinds of vintage format 1; for "analyst", "press" or "aggregator" add "format": 2 to vintage.json)',
    ),
  ),
});

export const Source = z.strictObject({
  ...sourceFields,
  kind: z.enum(SOURCE_KINDS, got('expected a source kind: "primary", "analyst", "press" or "aggregator"')),
  /** The passage or table row the cited number comes from, verbatim. Required when an assumption cites the source. */
  quote: z.string().min(1, { error: 'expected the quoted passage' }).optional(),
});
export type Source = z.infer<typeof Source> | z.infer<typeof LegacySource>;

export const SourcesFile = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(Source).min(1, { error: 'expected at least one source' }),
});
export const LegacySourcesFile = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(LegacySource).min(1, { error: 'expected at least one source' }),
});
export type SourcesFile = { $schema?: string | undefined; sources: Source[] };

/** The newest vintage format: sources carry a kind from SOURCE_KINDS, cited numbers a quote, and every source is cited. */
export const CURRENT_VINTAGE_FORMAT = 2;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, got('expected a date as YYYY-MM-DD'));

export const VintageMeta = z.strictObject({
  $schema: z.string().optional(),
  /** YYYY-MM, or YYYY-MM-DD for a second forecast in the same month. */
  id: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, got('expected a vintage id as YYYY-MM or YYYY-MM-DD')),
  /**
   * 1 (or absent): sources use the old kinds and need no quotes; only vintages locked before format 2 existed may.
   * 2: sources have a kind from SOURCE_KINDS, a quote when an assumption cites them, and every source is cited.
   */
  format: z.union([z.literal(1), z.literal(2)], got('expected a vintage format of 1 or 2')).optional(),
  title: z.string().min(1, { error: 'expected a title' }),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a publication date as YYYY-MM-DD' }),
  status: z.enum(['draft', 'published'], got('expected "draft" or "published"')),
  summary: z.string().min(1, { error: 'expected a summary of what changed' }),
  /**
   * Present when the vintage was made after its `published` date from what was public by then, so the archive
   * does not pass it off as a forecast made at the time: the date it was actually made and how.
   */
  reconstructed: z
    .strictObject({
      made: IsoDate,
      note: z.string().min(1, { error: 'expected a note on how the vintage was reconstructed' }),
    })
    .optional(),
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
  kind: z.enum(['product', 'shipment', 'standard', 'plan', 'deal'], { error: 'expected "product", "shipment", "standard", "plan" or "deal"' }),
  source: SourceId,
  note: z.string().optional(),
});
/** A timeline event with the report's own fields (`timelineFields`), typed loosely. */
export type TimelineEvent = z.infer<typeof TimelineEvent> & Record<string, any>;

/** timeline.json, with the report's own event fields (`defineReport({ timelineFields })`). */
export function timelineFile(fields: Record<string, z.ZodType> = {}) {
  return z.strictObject({ $schema: z.string().optional(), events: z.array(TimelineEvent.extend(fields)) });
}
export type TimelineFile = { events: TimelineEvent[] };
/**
 * A scenario override of one assumption, by dotted path: a number (a scalar's new value), a multiplier of the
 * point value {"scale": k}, or some years of a series {"values": {"2027": …}}.
 */
export const Override = z.union(
  [number, z.strictObject({ scale: number.nonnegative(got('expected a multiplier of 0 or more')) }), z.strictObject({ values: z.record(YearKey, number) })],
  { error: (issue: { input?: unknown }) => `expected a number, {"scale": k} or {"values": {"YYYY": v}}, got ${describe(issue.input)}` },
);
export type Override = z.infer<typeof Override>;

const ScenarioId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, { error: 'expected a scenario id of letters and digits starting lowercase, e.g. "bear"' });
export const Scenario = z.strictObject({
  id: ScenarioId,
  label: z.string().min(1, { error: 'expected a label' }),
  rationale: z.string().min(1, { error: 'expected a rationale: why this set of assumptions is plausible' }),
  overrides: z.record(z.string(), Override),
});
export type Scenario = z.infer<typeof Scenario>;

/**
 * uncertainty.json: how the Monte Carlo run is made (seed, draws), the report's events (its own schema,
 * `defineReport({ uncertainty: { events } })`), the named scenarios and optional correlations.
 */
export function uncertaintyFile<E extends z.ZodType>(events: E) {
  return z.strictObject({
    $schema: z.string().optional(),
    seed: number
      .int(got('expected a whole-number seed'))
      .min(0, got('expected a seed from 0 to 2147483647'))
      .max(2147483647, got('expected a seed from 0 to 2147483647')),
    draws: number
      .int(got('expected a whole number of draws'))
      .min(100, got('expected at least 100 draws'))
      .max(1_000_000, got('expected at most 1,000,000 draws')),
    events,
    scenarios: z.array(Scenario).min(1, { error: 'expected at least one scenario' }),
    /** Optional rank correlations between assumptions that carry distributions, drawn with a Gaussian copula. */
    correlations: z
      .array(
        z.strictObject({
          between: z.tuple([z.string(), z.string()], { error: 'expected two dotted assumption paths' }),
          rho: number.gt(-1, got('expected a correlation between -1 and 1 (exclusive)')).lt(1, got('expected a correlation between -1 and 1 (exclusive)')),
          rationale: z.string().min(1, { error: 'expected a rationale: why these assumptions move together' }),
        }),
      )
      .optional(),
  });
}
/** uncertainty.json; `E` is the report's events (default: any). */
export type UncertaintyFile<E = any> = Omit<z.infer<ReturnType<typeof uncertaintyFile<z.ZodType<unknown>>>>, 'events'> & { events: E };
