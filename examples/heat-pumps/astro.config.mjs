import { defineConfig } from 'astro/config';
import { forecastReport } from '@forecast-report/engine/integration';
import report from './src/report.ts';

// The engine injects its pages, MDX and plugins; site, base and output folder come from the report (src/report.ts).
export default defineConfig({
  integrations: [forecastReport(report)],
});
