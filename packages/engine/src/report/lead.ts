/**
 * The report's lead as the home page, the PDF cover and the social card show it: the sentence and the key figures
 * from `defineReport({ lead })`, with facts filled in from a vintage's facts.
 */
import type { FactRegistry } from '../model/facts';
import { currentReport } from './current';
import { fillFacts, type TextPart } from './publication';

export interface LeadFigure {
  fact: string;
  value: string;
  label: string;
  /** The comparison that gives the figure its base year; empty when the report gives none. */
  base: TextPart[];
}

export interface Lead {
  sentence: TextPart[];
  figures: LeadFigure[];
  chart?: string;
}

export function leadOf(facts: FactRegistry): Lead {
  const lookup = (name: string) => (facts.has(name) ? facts.get(name).text : undefined);
  const { sentence, figures, chart } = currentReport().lead;
  return {
    sentence: sentence ? fillFacts(sentence, lookup, 'defineReport lead.sentence') : [],
    figures: figures.map((k, i) => {
      const value = lookup(k.fact);
      if (value === undefined) throw new Error(`defineReport lead.figures[${i}].fact: unknown fact "${k.fact}"`);
      return { fact: k.fact, value, label: k.label, base: k.base ? fillFacts(k.base, lookup, `defineReport lead.figures[${i}].base`) : [] };
    }),
    ...(chart ? { chart } : {}),
  };
}
