import type { ReportContext } from './context';
import { currentReport } from './current';
import { headlineFacts } from './headline';
import { leadOf } from './lead';
import type { CardInput } from './social-card';

/**
 * What the social card of a vintage says: title, publisher and date, and three key figures (the lead's, or else
 * the headline facts with their descriptions).
 */
export function cardInput({ vintage, facts }: Pick<ReportContext, 'vintage' | 'facts'>): CardInput {
  const date = new Date(`${vintage.meta.published}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lead = leadOf(facts).figures.map((f) => ({ value: f.value, label: f.label }));
  return {
    title: vintage.meta.title,
    kicker: [currentReport().publisher?.name, `Forecast vintage ${vintage.id}`, date].filter(Boolean).join(' · '),
    figures: lead.length > 0 ? lead : headlineFacts(facts, 3).map((f) => ({ value: f.text, label: f.description })),
  };
}
