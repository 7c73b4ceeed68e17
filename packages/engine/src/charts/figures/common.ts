import { CHART_HEIGHT, CHART_WIDTH } from '../theme';

export const size = { width: CHART_WIDTH, height: CHART_HEIGHT } as const;
export const yearAxis = { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0 } } as const;
