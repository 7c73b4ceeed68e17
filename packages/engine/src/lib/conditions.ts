/**
 * A condition on one named fact, as prose states it: `<Claim fact="crossover.year" lt={2030}>`.
 * Typed attributes rather than an expression string: nothing is evaluated, the build can check the fact
 * name and the comparison, and an author cannot write code into a chapter by accident.
 */
const OPERATORS = { lt: '<', le: '≤', gt: '>', ge: '≥', eq: '=', ne: '≠' } as const;
type Operator = keyof typeof OPERATORS;

export interface Condition {
  fact: string;
  op: Operator;
  value: number;
}

/** "crossover.year < 2030" */
export const describeCondition = (c: Condition) => `${c.fact} ${OPERATORS[c.op]} ${c.value}`;

/**
 * Whether a fact's value meets the condition. A missing value (e.g. no crossover within the horizon) meets
 * only "≠": "the crossover comes before 2030" does not hold when there is no crossover.
 */
export function holds(c: Condition, value: number | null): boolean {
  if (value === null) return c.op === 'ne';
  switch (c.op) {
    case 'lt':
      return value < c.value;
    case 'le':
      return value <= c.value;
    case 'gt':
      return value > c.value;
    case 'ge':
      return value >= c.value;
    case 'eq':
      return value === c.value;
    case 'ne':
      return value !== c.value;
  }
}

/**
 * Reads a condition from a component's attributes (`fact` plus exactly one operator whose value is a number).
 * Returns the condition or a message saying what is wrong.
 */
export function parseCondition(attributes: Readonly<Record<string, unknown>>): { condition?: Condition; error?: string } {
  const fact = attributes.fact;
  if (typeof fact !== 'string' || fact === '') return { error: 'needs a literal fact="…" attribute naming a fact' };
  const ops = (Object.keys(OPERATORS) as Operator[]).filter((op) => attributes[op] !== undefined);
  if (ops.length !== 1) {
    return {
      error: `needs exactly one comparison (${Object.keys(OPERATORS)
        .map((o) => `${o}={…}`)
        .join(', ')}), got ${ops.length ? ops.join(', ') : 'none'}`,
    };
  }
  const op = ops[0]!;
  const raw = attributes[op];
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(value)) return { error: `expected a number in ${op}={…}, got ${JSON.stringify(raw)}` };
  return { condition: { fact, op, value } };
}
