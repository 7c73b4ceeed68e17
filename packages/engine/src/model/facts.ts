import { formatValue, type Unit } from '../format';
import { nearest } from '../lib/suggest';

/** A named number prose may show. `text` is the one formatted reading of `value`. */
export interface Fact {
  name: string;
  value: number | null;
  unit: Unit;
  text: string;
  description: string;
}

export class UnknownFactError extends Error {
  constructor(
    readonly factName: string,
    readonly suggestions: string[],
  ) {
    super(`unknown fact "${factName}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`);
    this.name = 'UnknownFactError';
  }
}

export class FactRegistry {
  private readonly byName = new Map<string, Fact>();

  add(name: string, value: number | null, unit: Unit, description: string): void {
    if (this.byName.has(name)) throw new Error(`fact "${name}" is defined twice`);
    this.byName.set(name, { name, value, unit, text: formatValue(value, unit), description });
  }
  has(name: string): boolean {
    return this.byName.has(name);
  }
  get(name: string): Fact {
    const fact = this.byName.get(name);
    if (!fact) throw new UnknownFactError(name, nearest(name, this.byName.keys()));
    return fact;
  }
  names(): string[] {
    return [...this.byName.keys()];
  }
  all(): Fact[] {
    return [...this.byName.values()];
  }
  /** Published as /data/<vintage>/facts.json: name → {value, unit, text, description}. */
  toJSON(): Record<string, Omit<Fact, 'name'>> {
    return Object.fromEntries(this.all().map(({ name, ...rest }) => [name, rest]));
  }
}
