import { z } from 'zod';
import { FactRegistry, Horizon, scalar } from '../../packages/engine/src/index';

/** The smallest report the contract accepts: a schema, a model, its facts, no charts, a headline and a revision series. */
export const minimalReportConfig = () => ({
  title: 'Widgets',
  description: 'forecast of widget sales.',
  assumptions: z.strictObject({ years: Horizon, units: scalar('positive') }),
  run: (inputs: { years: number[]; units: number }) => ({ years: inputs.years, sales: inputs.years.map(() => inputs.units) }),
  facts: () => new FactRegistry(),
  charts: [],
  headline: ['sales.{end}'],
  revision: { series: (r: { sales: number[] }) => r.sales, label: 'widget sales', subject: 'the widget forecast' },
});
