import type { ChartContext, ChartDefinition } from '@forecast-report/engine';
import type { Results } from '../model/types';
import type { HeatPumpUncertainty } from '../uncertainty';

/** A figure of this report: the engine's chart definition over this model's results and uncertainty analysis. */
export type Figure = ChartDefinition<Results, HeatPumpUncertainty>;
export type FigureContext = ChartContext<Results, HeatPumpUncertainty>;
