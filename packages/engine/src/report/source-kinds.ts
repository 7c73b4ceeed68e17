import type { Source } from '../data/schema';

/** How each kind of source is named to readers (the kinds of vintage format 2, then the older ones). */
export const SOURCE_KIND_LABEL: Record<Source['kind'], string> = {
  primary: 'Primary',
  analyst: 'Analyst',
  press: 'Press',
  aggregator: 'Aggregator or blog',
  secondary: 'Secondary',
  estimate: 'Estimate',
};

/** One line per kind for the sources page: what it means and how much weight it can bear. */
export const SOURCE_KIND_MEANING: Record<Source['kind'], string> = {
  primary: 'a company, standards body or filing speaking for itself',
  analyst: "a market-research or sell-side firm's own figures or words",
  press: 'a news or trade publication reporting on others',
  aggregator: 'a blog, personal wiki or site repeating others’ material; the weakest evidence, never the only support for a value',
  secondary: 'a report of another publisher’s figure (older vintages)',
  estimate: 'an estimate (older vintages)',
};
