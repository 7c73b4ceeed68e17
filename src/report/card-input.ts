import type { ReportContext } from './context';
import { headlineOf, publication } from './headline';
import type { CardInput } from './social-card';

/** What the social card of a vintage says: title, publisher and date, and the first three key figures. */
export function cardInput({ vintage, facts }: Pick<ReportContext, 'vintage' | 'facts'>): CardInput {
  const date = new Date(`${vintage.meta.published}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    title: vintage.meta.title,
    kicker: [publication.publisher?.name, `Forecast vintage ${vintage.id}`, date].filter(Boolean).join(' · '),
    figures: headlineOf(facts).figures.map((f) => ({ value: f.value, label: f.label })),
  };
}
