/** The CPO outlook's publication settings: where it is published, by whom, under which terms, and its headline. */
import { definePublication } from './report/publication';

export default definePublication({
  // The address the report is published at. CI's GitHub Pages deploy overrides it with REPORT_SITE.
  site: 'https://cpo-outlook.org/',
  publisher: { name: 'CPO Outlook', url: 'https://cpo-outlook.org/' },
  authors: [{ name: 'CPO Outlook research team', role: 'Forecast, model and text' }],
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  contact: { email: 'research@cpo-outlook.org' },
  headline: {
    sentence:
      'Co-packaged optics revenue, excluding external lasers, grows from {revenue.2026.total} in 2026 to {revenue.2030.total} in 2030, ' +
      '{cagr.2026_2030.exclEls} a year, and GPU scale-up networks overtake scale-out switching in {crossover.year}.',
    leadChart: 'fig-market-by-segment',
    keyFigures: [
      { fact: 'revenue.2030.total', label: 'CPO revenue in 2030, excluding lasers', base: 'up from {revenue.2026.total} in 2026' },
      { fact: 'cagr.2026_2030.exclEls', label: 'Annual growth of CPO revenue, 2026–2030', base: 'compound, on a 2026 base of {revenue.2026.total}' },
      { fact: 'crossover.year', label: 'Scale-up CPO revenue overtakes scale-out', base: '{share.2030.scaleUp} of CPO revenue by 2030' },
      { fact: 'power.saving.1_6t.cpoVsDsp', label: 'Power saved per 1.6T port', base: '{power.cpo.1_6t.watts} instead of {power.pluggableDsp.1_6t.watts} with a DSP pluggable' },
    ],
  },
});
