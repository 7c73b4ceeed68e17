import type { Config } from 'vega-lite';

export type ThemeName = 'light' | 'dark';
export const THEMES: readonly ThemeName[] = ['light', 'dark'];

/**
 * Okabe–Ito palette: distinguishable under the common colour-vision deficiencies and in greyscale
 * print when paired with the ordering used here (dark/light alternation).
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const PALETTE_DARK = ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#FFFFFF'];

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function base(fg: string, muted: string, grid: string, palette: string[]): Config {
  return {
    background: 'transparent',
    font: FONT,
    padding: 8,
    view: { stroke: null },
    title: { color: fg, fontSize: 15, fontWeight: 600, anchor: 'start', offset: 12 },
    axis: {
      labelColor: muted,
      titleColor: fg,
      domainColor: muted,
      tickColor: muted,
      gridColor: grid,
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: 500,
      labelFlush: false,
    },
    axisX: { grid: false },
    axisY: { gridDash: [2, 3], domain: false, ticks: false, titlePadding: 10 },
    legend: { labelColor: fg, titleColor: fg, labelFontSize: 12, titleFontSize: 12, orient: 'bottom', direction: 'horizontal', labelLimit: 0, columns: 2, symbolType: 'square' },
    range: { category: palette },
    text: { color: fg },
    rule: { color: muted },
    line: { strokeWidth: 2.5 },
    point: { filled: true, size: 50 },
  };
}

/** Themes are Vega configs, not CSS: each chart is rendered once per theme and the page shows the matching one. */
export const THEME_CONFIG: Record<ThemeName, Config> = {
  light: base('#1a1a1a', '#555555', '#dddddd', PALETTE),
  dark: base('#ececec', '#b4b4b4', '#3c3c3c', PALETTE_DARK),
};

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
