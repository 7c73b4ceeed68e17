import { toPointer, type Problem } from './errors';
import { messages } from './messages';
import { writeOverrides } from './override-write';
import type { AssumptionsDoc, Override } from './schema';
import type { z } from 'zod';
import type { AssumptionProblem } from '../contract';
import { currentReport } from '../report/current';

/** Where overrides came from, so errors can point there: a file and a JSON pointer prefix, or the CLI. */
export interface OverrideOrigin {
  file: string;
  /** JSON pointer of the overrides object; each problem appends the override's path. */
  pointer?: string;
}

export interface OverrideResult<D = any> {
  doc?: D;
  problems: Problem[];
}

/**
 * Applies overrides (dotted assumption path → new value) to a copy of `doc` and re-validates the result
 * with the same schema and rules as the file, so a what-if can never feed the model invalid input.
 * See writeOverrides for what an override may say.
 */
/** What an overridden document must still satisfy: the report's assumptions schema and its cross-checks. */
export interface AssumptionRules {
  schema: z.ZodType;
  checks?: ((doc: any) => AssumptionProblem[]) | undefined;
}
const reportRules = (): AssumptionRules => ({ schema: currentReport().assumptions, checks: currentReport().checks });

export function applyOverrides<D extends AssumptionsDoc>(
  doc: D,
  overrides: Record<string, Override>,
  origin: OverrideOrigin,
  rules: AssumptionRules = reportRules(),
): OverrideResult<D> {
  const copy = structuredClone(doc);
  const where = (path: string) => ({ file: origin.file, ...(origin.pointer !== undefined ? { pointer: `${origin.pointer}${toPointer([path])}` } : {}) });
  const problems = writeOverrides(copy, overrides, where);
  if (problems.length) return { problems };

  const parsed = rules.schema.safeParse(copy, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k) => k !== 'value' && k !== 'values' && !/^\d{4}$/.test(String(k))).join('.');
      const culprit = Object.keys(overrides).find((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(p)) ?? path;
      problems.push({ ...where(culprit), message: messages.overrideInvalid(culprit, issue.message) });
    }
    return { problems };
  }
  for (const p of rules.checks?.(parsed.data) ?? []) {
    const path = p.path.join('.');
    problems.push({ ...where(path), message: messages.overrideInvalid(path, p.message) });
  }
  return problems.length ? { problems } : { doc: parsed.data as D, problems };
}

/**
 * Parses a CLI `--set path=value`: a number, a multiplier written "*1.1" or "x1.1", and for one year of a
 * series "path.2027=value". Returns the override or a usage message.
 */
export function parseSetArgument(arg: string): { path: string; override: Override } | { error: string } {
  const eq = arg.indexOf('=');
  if (eq <= 0) return { error: `expected --set path=value (e.g. pricing.learningRate=0.12 or acceleratorShipments=*1.1), got "${arg}"` };
  const path = arg.slice(0, eq).trim();
  const text = arg.slice(eq + 1).trim();
  const scale = /^[*x×](.+)$/.exec(text);
  const num = Number(scale ? scale[1] : text);
  if (text === '' || !Number.isFinite(num)) return { error: `expected a number or a multiplier like *1.1 after "${path}=", got "${text}"` };
  return { path, override: scale ? { scale: num } : num };
}
