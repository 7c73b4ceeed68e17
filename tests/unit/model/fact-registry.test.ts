import { describe, expect, it } from 'vitest';
import { FactRegistry, UnknownFactError } from '../../../packages/engine/src/model/facts';

describe('engine FactRegistry', () => {
  const registry = () => {
    const facts = new FactRegistry();
    facts.add('revenue.2030.total', 1.5e9, 'usd', 'Revenue, 2030');
    facts.add('share.2030.cpo', 0.25, 'fraction', 'CPO share, 2030');
    facts.add('crossover.year', null, 'year', 'Crossover year');
    return facts;
  };

  it('keeps facts in the order they were added, each with its formatted text', () => {
    const facts = registry();
    expect(facts.names()).toEqual(['revenue.2030.total', 'share.2030.cpo', 'crossover.year']);
    expect(facts.has('share.2030.cpo')).toBe(true);
    expect(facts.has('share.2031.cpo')).toBe(false);
    expect(facts.all().map((f) => [f.name, f.text])).toEqual([
      ['revenue.2030.total', '$1.5B'],
      ['share.2030.cpo', '25%'],
      ['crossover.year', 'n/a'],
    ]);
  });

  it('publishes name → value, unit, text and description as JSON', () => {
    expect(registry().toJSON()).toEqual({
      'revenue.2030.total': { value: 1.5e9, unit: 'usd', text: '$1.5B', description: 'Revenue, 2030' },
      'share.2030.cpo': { value: 0.25, unit: 'fraction', text: '25%', description: 'CPO share, 2030' },
      'crossover.year': { value: null, unit: 'year', text: 'n/a', description: 'Crossover year' },
    });
  });

  it('refuses a name defined twice', () => {
    const facts = registry();
    expect(() => facts.add('share.2030.cpo', 0.3, 'fraction', 'again')).toThrow('fact "share.2030.cpo" is defined twice');
    expect(facts.get('share.2030.cpo').value).toBe(0.25);
  });

  it('names an unknown fact and suggests up to three known names, nearest first', () => {
    const facts = registry();
    let error: unknown;
    try {
      facts.get('revenue.2030.totl');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownFactError);
    expect(error).toMatchObject({ name: 'UnknownFactError', factName: 'revenue.2030.totl' });
    expect((error as UnknownFactError).suggestions[0]).toBe('revenue.2030.total');
    expect((error as UnknownFactError).suggestions).toHaveLength(3);
    expect((error as Error).message).toMatch(/^unknown fact "revenue\.2030\.totl"; did you mean "revenue\.2030\.total", "[^"]+", "[^"]+"\?$/);
    // An empty registry has nothing to suggest.
    expect(() => new FactRegistry().get('zzz')).toThrow(/^unknown fact "zzz"$/);
  });
});
