/**
 * The report's headline as the home page, the PDF cover and the social card show it: the sentence and the key
 * figures from the publication settings, with facts filled in from the latest vintage.
 */
import publication from '../publication.config';
import { fillFacts, type TextPart } from './publication';
import type { FactRegistry } from '../model/facts';

export interface HeadlineFigure {
  fact: string;
  value: string;
  label: string;
  /** The comparison that gives the figure its base year; empty when the settings give none. */
  base: TextPart[];
}

export interface Headline {
  sentence: TextPart[];
  figures: HeadlineFigure[];
  leadChart?: string;
}

export function headlineOf(facts: FactRegistry): Headline {
  const names = new Set(facts.names());
  const lookup = (name: string) => (names.has(name) ? facts.get(name).text : undefined);
  const { sentence, keyFigures, leadChart } = publication.headline;
  return {
    sentence: sentence ? fillFacts(sentence, lookup, 'publication headline.sentence') : [],
    figures: keyFigures.map((k, i) => {
      const value = lookup(k.fact);
      if (value === undefined) throw new Error(`publication headline.keyFigures[${i}].fact: unknown fact "${k.fact}"`);
      return { fact: k.fact, value, label: k.label, base: k.base ? fillFacts(k.base, lookup, `publication headline.keyFigures[${i}].base`) : [] };
    }),
    ...(leadChart ? { leadChart } : {}),
  };
}

export { publication };
