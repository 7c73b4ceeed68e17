import type { Config } from 'vega-lite';
import { registeredConcepts, ROLES } from './style';
import { CHART_FONT } from './text-metrics';

/**
 * The house chart config: the self-hosted chart font, the neutral colours in their light values (the
 * page swaps them for theme variables, see style.ts), no legend or label truncation (labels are sized
 * with the font's real metrics and must fit), and text no smaller than 11 CSS px where the chart is shown.
 */
export const FONT_SIZE = { label: 13, title: 13, annotation: 13 } as const;

/** Read when a chart is drawn, so the category palette is the report's concept colours. */
export const chartConfig = (): Config => ({
  background: 'transparent',
  font: CHART_FONT,
  padding: 4,
  view: { stroke: null },
  title: { color: ROLES.fg.light, subtitleColor: ROLES.muted.light, fontSize: 15, subtitleFontSize: 13, fontWeight: 600, anchor: 'start', offset: 10 },
  axis: {
    labelColor: ROLES.muted.light,
    titleColor: ROLES.muted.light,
    domainColor: ROLES.muted.light,
    tickColor: ROLES.muted.light,
    gridColor: ROLES.grid.light,
    labelFontSize: FONT_SIZE.label,
    titleFontSize: FONT_SIZE.title,
    titleFontWeight: 400,
    labelFlush: false,
    labelLimit: 0,
    labelOverlap: 'greedy',
  },
  axisX: { grid: false },
  axisY: { gridDash: [2, 3], domain: false, ticks: false, titlePadding: 10 },
  legend: {
    labelColor: ROLES.fg.light,
    titleColor: ROLES.fg.light,
    labelFontSize: FONT_SIZE.label,
    titleFontSize: FONT_SIZE.title,
    titleFontWeight: 600,
    orient: 'top',
    direction: 'horizontal',
    labelLimit: 0,
    symbolType: 'square',
    symbolStrokeColor: ROLES.fg.light,
    symbolStrokeWidth: 0,
    rowPadding: 4,
  },
  // Series not mapped to a concept take the concept colours in declaration order (still one per theme variable).
  range: { category: Object.values(registeredConcepts()).map((c) => c.light) },
  text: { color: ROLES.fg.light, fontSize: FONT_SIZE.annotation },
  rule: { color: ROLES.muted.light },
  line: { strokeWidth: 2.5 },
  point: { filled: true, size: 50 },
});

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;
