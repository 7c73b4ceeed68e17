/**
 * The one contract between a report and the engine: `defineReport({...})`.
 *
 * A report's `src/report.ts` default-exports the result of `defineReport`; its `astro.config.mjs` passes that to
 * the `forecastReport()` integration, and the CLI (`forecast-report build --root <dir>`) loads the same file. Every
 * field is checked here (zod) when the report is defined, so a missing or mistyped field fails with its name
 * before anything is built. Defaults are written next to each field.
 */
import { z } from 'zod';
import { checkConcepts } from './charts/style';
import type { ChartContext, ChartData, ChartDefinition } from './charts/types';
import type { FactRegistry } from './model/facts';
import type { UnitFormat } from './format';
import { genericInputs } from './data/inputs';
import { ContactSchema, LeadSchema, LicenceSchema, PersonSchema, PublisherSchema } from './report/publication';

const fn = <T>(what: string) => z.custom<T>((v) => typeof v === 'function', { error: `expected ${what} (a function)` });
const zodSchema = <T>(what: string) => z.custom<T>((v) => v instanceof z.ZodType, { error: `expected ${what} (a zod schema)` });

/** Anything a model returns: yearly series aligned with `years`, nested as the report likes. */
export interface AnyResults {
  years: number[];
}
/** What the model takes: assumptions stripped of provenance, series as arrays aligned with `years`. */
export interface AnyInputs {
  years: number[];
}
/** A validated assumptions.json: nested assumption nodes plus the horizon. */
export interface AnyAssumptions {
  years: { start: number; end: number };
}

/** A problem a report's own cross-check finds in a valid assumptions.json (e.g. shares that must sum to 1). */
export interface AssumptionProblem {
  /** Path of keys inside assumptions.json, e.g. ['segments', 'a', 'mix']. */
  path: (string | number)[];
  message: string;
}

/** What a report's uncertainty hooks receive for one vintage. */
export interface UncertaintyHookInput<Doc, Inputs, Results, Events> {
  doc: Doc;
  inputs: Inputs;
  events: Events;
  run: (inputs: Inputs) => Results;
}

/** One metric a Monte Carlo tracks per draw; the engine summarises it (see DrawObserver). */
export interface DrawObserver<Results = any> {
  /** Called once per draw with that draw's results (read them now: the inputs object is reused). */
  record(results: Results, draw: number): void;
  /** Called after the last draw; the returned fields are merged into the Monte Carlo result. */
  summary(): Record<string, unknown>;
}

const ReportSchema = z.object({
  /** Report title: site header, page titles, PDF cover, social card. */
  title: z.string().min(1),
  /** One line under the title on the cover and home page. Default: none. */
  subtitle: z.string().default(''),
  /** One sentence for search engines and social cards (home page meta description). */
  description: z.string().min(1),
  /** Who publishes the report: home page, PDF cover and metadata, citation. Default: none. */
  publisher: PublisherSchema.optional(),
  /** Default: none. */
  authors: z.array(PersonSchema).default([]),
  /** Terms of reuse for text, charts and data. Default: all rights reserved. */
  licence: LicenceSchema.default({ name: 'All rights reserved' }),
  /** Where readers send questions and corrections. Default: none. */
  contact: ContactSchema.default({}),
  /** The home page's lead: a sentence, the lead chart, key figures with their base year (also the PDF cover and social card). */
  lead: LeadSchema.prefault({}),

  /** Folders, relative to the report's root. Defaults: `data`, `content`. */
  paths: z.object({ data: z.string().default('data'), content: z.string().default('content') }).prefault({}),
  /**
   * Where the site is published. `url` is the origin (sitemap, canonical links), `base` the sub-path (e.g.
   * "/my-repo/" for a GitHub Pages project site), `outDir` where `npm run build` writes it. CI may override
   * `base` and `url` with REPORT_BASE / REPORT_SITE (see settings.ts, the only place environment is read).
   * `url` has no default: canonical links, og:url and the PDF's links need the real address, so a production
   * build without one fails.
   */
  site: z.object({ url: z.url().optional(), base: z.string().default('/'), outDir: z.string().default('dist') }).prefault({}),

  /** Schema of assumptions.json, built from the engine's blocks (`scalar`, `series`, `distribution`…). */
  assumptions: zodSchema<z.ZodType<AnyAssumptions>>('the assumptions.json schema'),
  /** Assumptions document → model inputs. Default: strip provenance, series become arrays over `years`. */
  toInputs: fn<(doc: any) => any>('toInputs(doc)').default(() => genericInputs),
  /** The projection model: pure, no I/O. Runs once for the point forecast and once per Monte Carlo draw. */
  run: fn<(inputs: any) => AnyResults>('run(inputs)'),
  /** Cross-checks a schema cannot say (e.g. shares summing to 1). Default: none. */
  checks: fn<(doc: any) => AssumptionProblem[]>('checks(doc)').optional(),
  /** Every named number prose may show (`<Value name>`), derived from results. */
  facts: fn<(results: any, inputs: any) => FactRegistry>('facts(results, inputs)'),
  /** Units beyond the built-in ones (usd, fraction, growth, year, count, watts, ratio), by name. Default: none. */
  units: z
    .record(
      z.string(),
      z.custom<UnitFormat>((v) => typeof v === 'object' && v !== null),
    )
    .default({}),

  /** TypeScript figures, in the order of the data downloads page. Builders live in the engine's charts module. */
  charts: z.array(
    z.custom<ChartDefinition>((v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string', {
      error: 'expected a chart definition with an id',
    }),
  ),
  /** Named model outputs (tidy tables) a Vega-Lite spec file may plot with `data: {"name": "<table>"}`. Default: none. */
  tables: z.record(z.string(), fn<(ctx: ChartContext) => ChartData>('a table builder (ctx) => ChartData')).default({}),
  /** Folder of Vega-Lite spec files (`*.vl.json`), relative to the root. Default: `charts`. */
  specs: z.string().default('charts'),
  /**
   * One colour per concept for every chart (docs/chart-style.md): name → its label in the charts' data and its
   * light and dark colours (#rrggbb). A series whose label is a concept's label takes its colour. Default: none.
   */
  chartColours: z
    .record(z.string(), z.object({ label: z.string().min(1), light: z.string().regex(/^#[0-9a-f]{6}$/), dark: z.string().regex(/^#[0-9a-f]{6}$/) }))
    .default({}),

  /**
   * Fact names shown as the key figures (home page, archive pages, social card, revision history); `{end}` stands
   * for the vintage's last year.
   */
  headline: z.array(z.string()).min(1),
  /** The series a revision explains (waterfall, old-against-new chart) and how it is named in prose. */
  revision: z.object({
    series: fn<(results: any) => readonly number[]>('revision.series(results)'),
    /** e.g. "revenue excluding services"; reads after a year: "2030 <label>". */
    label: z.string().min(1),
    unit: z.string().default('usd'),
    /** The series in a word or two, for chart labels: "revenue" reads "Raises revenue", "Revenue (USD)". */
    noun: z.string().default('value'),
    /** The unit in column and axis titles, e.g. "USD" reads "Revenue (USD)". Default: none. */
    unitLabel: z.string().default(''),
    /** Subject of the revisions page description, e.g. "the regional sales forecast". */
    subject: z.string().min(1),
    /** Fact names a revisions page compares, old against new. Default: `headline`. */
    facts: z.array(z.string()).optional(),
  }),
  /** Monte Carlo, tornado and scenarios, for vintages with an uncertainty.json. Default: none. */
  uncertainty: z
    .object({
      /** Schema of uncertainty.json#/events: the report's own event definitions. */
      events: zodSchema<z.ZodType>('the events schema'),
      /** Event problems the schema cannot say (e.g. years outside the horizon). Default: none. */
      checkEvents: fn<(events: any, years: { start: number; end: number }) => AssumptionProblem[]>('checkEvents(events, years)').optional(),
      /** Metrics tracked per draw (besides percentile bands of every yearly series, which the engine keeps). */
      observers: fn<(input: UncertaintyHookInput<any, any, any, any>) => DrawObserver[]>('observers(input)'),
      /** One-at-a-time sensitivity: the metrics a tornado ranks, and fields merged into the result. */
      sensitivity: fn<
        (input: UncertaintyHookInput<any, any, any, any>) => {
          metrics: Record<string, { name: string; measure: (r: any) => number }>;
          meta?: Record<string, unknown>;
        }
      >('sensitivity(input)'),
      /** Facts from the analysis (percentiles, probabilities, scenario outcomes). */
      facts: fn<(facts: FactRegistry, u: any) => void>('facts(registry, uncertainty)'),
    })
    .optional(),
  /**
   * The explore page (`/explore/`): assumptions readers may move, recomputed in the browser by the report's own
   * model. Default: none (no explore page).
   */
  explorer: z
    .object({
      /**
       * Browser-safe module, relative to the root, exporting `toInputs`, `run` and `facts`: the very functions given
       * above (import them from one place), bundled for the page. It must not import Node modules or the schema.
       */
      module: z.string().min(1),
      /** The controls, in page order: dotted assumption path, URL id, step; range defaults to the distribution's central 99%. */
      assumptions: z
        .array(
          z.object({
            id: z.string().regex(/^[A-Za-z][\w-]*$/, { error: 'expected an id of letters, digits, "-" or "_" (it appears in URLs)' }),
            assumption: z.string().min(1),
            step: z.number().positive(),
            label: z.string().optional(),
            range: z.tuple([z.number(), z.number()]).optional(),
          }),
        )
        .min(1),
      /** Fact names shown as headline numbers. Default: `headline`. */
      headline: z.array(z.string()).optional(),
      /** The forecast chart: a yearly series of the results (dotted path; also its Monte Carlo band), its title and unit. */
      chart: z.object({ series: z.string().min(1), title: z.string().min(1), unit: z.string().default('usd') }),
      /** The report's command that reruns a scenario offline, shown followed by `--vintage <id> --set path=value…` (e.g. "npm run model --"). Default: none shown. */
      command: z.string().optional(),
    })
    .optional(),
  /**
   * How a dotted results path reads in the long-form series.csv: series name, segment and unit. Default: the path
   * is the series, no segment, the unit read from the name (…Usd → USD, …W → W, …Share → fraction).
   */
  describeSeries: fn<(path: string) => { series: string; segment: string; unit: string }>('describeSeries(path)').optional(),
  /**
   * `npm run calibrate`: the report's thesis and back-tests against a vintage's base case (and, through `scenario`,
   * its named scenarios). `ok: false` makes the command exit 1. Default: none.
   */
  calibrate:
    fn<
      (input: {
        vintage: string;
        inputs: any;
        results: any;
        run: (inputs: any) => any;
        scenario: (id: string) => { label: string; rationale: string; results: any } | undefined;
      }) => { lines: string[]; ok: boolean }
    >('calibrate(input)').optional(),
  /** Extra fields of timeline.json events (a zod object shape), e.g. a segment each event belongs to. Default: none. */
  timelineFields: z.record(z.string(), zodSchema<z.ZodType>('a timeline field schema')).default({}),
  /** Page copy the engine cannot derive. Defaults are generic. */
  copy: z
    .object({
      /** Caption of the dated-events table (<TimelineTable>), followed by ", vintage <id>". */
      timelineCaption: z.string().default('Dated events'),
      /** Accessible name of the dated-events table. */
      timelineLabel: z.string().default('Dated events'),
    })
    .prefault({}),
});

type Input = z.input<typeof ReportSchema>;

/** What a report author writes. Generic over its own assumptions, inputs and results types. */
export type ReportConfig<Doc extends AnyAssumptions = any, Inputs extends AnyInputs = any, Results extends AnyResults = any> = Omit<
  Input,
  'assumptions' | 'toInputs' | 'run' | 'facts' | 'checks' | 'revision' | 'charts'
> & {
  assumptions: z.ZodType<Doc>;
  toInputs?: (doc: Doc) => Inputs;
  run: (inputs: Inputs) => Results;
  facts: (results: Results, inputs: Inputs) => FactRegistry;
  checks?: (doc: Doc) => AssumptionProblem[];
  charts: readonly ChartDefinition[];
  revision: {
    series: (results: Results) => readonly number[];
    label: string;
    unit?: string;
    noun?: string;
    unitLabel?: string;
    subject: string;
    facts?: string[];
  };
};

/** The checked report with every default filled in: what the engine works from. */
export type Report = z.output<typeof ReportSchema>;

/** Declares a report. Throws one error listing every invalid field (by name) when the config is wrong. */
export function defineReport<Doc extends AnyAssumptions, Inputs extends AnyInputs, Results extends AnyResults>(
  config: ReportConfig<Doc, Inputs, Results>,
): Report {
  const parsed = ReportSchema.safeParse(config);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(report)'}: ${i.message}`);
    throw new Error(`Invalid report definition (defineReport):\n${lines.join('\n')}`);
  }
  checkConcepts(parsed.data.chartColours);
  const ids = new Set<string>();
  for (const c of parsed.data.charts) {
    if (ids.has(c.id)) throw new Error(`Invalid report definition (defineReport):\n  charts: two charts share the id "${c.id}"`);
    ids.add(c.id);
  }
  return Object.freeze(parsed.data);
}
