import type { ChartContext, ChartDefinition } from '@forecast-report/engine';
import type { Results } from '../model/types';
import type { CpoUncertainty } from '../uncertainty';

/** A figure of this report: drawn from its model results and its uncertainty analysis. */
export type Figure = ChartDefinition<Results, CpoUncertainty>;
export type FigureContext = ChartContext<Results, CpoUncertainty>;
