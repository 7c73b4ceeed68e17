/**
 * The explore page's forecast chart as an SVG string: the published Monte Carlo band (5–95th and 25–75th
 * percentiles), the published base case and the reader's scenario. Pure and dependency-free, so the build
 * renders it into the page (what readers without JavaScript see) and the browser redraws it on each change
 * with the same function, for a few kilobytes instead of a chart runtime. Colours come from CSS classes.
 */

export interface ExplorerChartData {
  years: readonly number[];
  band: { p5: readonly number[]; p25: readonly number[]; p75: readonly number[]; p95: readonly number[] };
  base: readonly number[];
  /** The reader's scenario; omitted (or equal to the base) draws the published forecast alone. */
  scenario?: readonly number[];
  /** Formats a y-axis value, e.g. 5e9 → "$5B". */
  format: (value: number) => string;
  /** Accessible title and description. */
  title: string;
  description: string;
}

/** Two renderings, as for the report's figures: phones get a narrower box, so its text reads larger. */
const CHART_SIZES = {
  wide: { width: 640, height: 340, left: 64 },
  narrow: { width: 360, height: 300, left: 52 },
} as const;
type ChartSize = keyof typeof CHART_SIZES;

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const r1 = (x: number) => Math.round(x * 10) / 10;

/** About five round ticks from 0 to at least `max` (steps of 1, 2 or 5 × 10^k). */
function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

function renderExplorerChart(d: ExplorerChartData, size: ChartSize = 'wide'): string {
  const { width: W, height: H, left } = CHART_SIZES[size];
  // The right margin leaves room for half of the last year's label, centred on the plot's edge.
  const M = { top: 14, right: 24, bottom: 36, left };
  const lines = d.scenario ? [d.base, d.scenario] : [d.base];
  const ticks = niceTicks(Math.max(...d.band.p95, ...lines.flat()), size === 'wide' ? 5 : 4);
  const yMax = ticks[ticks.length - 1]!;
  const x0 = d.years[0]!;
  const x1 = d.years[d.years.length - 1]!;
  const x = (year: number) => r1(M.left + ((year - x0) / (x1 - x0 || 1)) * (W - M.left - M.right));
  const y = (v: number) => r1(H - M.bottom - (v / yMax) * (H - M.top - M.bottom));
  const path = (s: readonly number[]) => s.map((v, i) => `${i ? 'L' : 'M'}${x(d.years[i]!)},${y(v)}`).join('');
  const area = (lo: readonly number[], hi: readonly number[]) =>
    `${path(hi)}${[...lo]
      .reverse()
      .map((v, k) => `L${x(d.years[lo.length - 1 - k]!)},${y(v)}`)
      .join('')}Z`;
  const differs = d.scenario && d.scenario.some((v, i) => v !== d.base[i]);

  const out: string[] = [];
  out.push(`<svg class="explorer-chart explorer-chart-${size}" viewBox="0 0 ${W} ${H}" role="img">`);
  out.push(`<title>${esc(d.title)}</title><desc>${esc(d.description)}</desc>`);
  for (const t of ticks) {
    out.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}"/>`);
    out.push(`<text class="tick" x="${M.left - 8}" y="${y(t)}" text-anchor="end" dominant-baseline="middle">${esc(d.format(t))}</text>`);
  }
  // On the narrow chart every other year is labelled, so the labels never touch.
  for (const [i, year] of d.years.entries()) {
    if (size === 'narrow' && (d.years.length - 1 - i) % 2 !== 0) continue;
    out.push(`<text class="tick" x="${x(year)}" y="${H - M.bottom + 22}" text-anchor="middle">${year}</text>`);
  }
  out.push(`<path class="band-outer" d="${area(d.band.p5, d.band.p95)}"/>`);
  out.push(`<path class="band-inner" d="${area(d.band.p25, d.band.p75)}"/>`);
  out.push(`<path class="line-base" d="${path(d.base)}"/>`);
  if (differs) {
    out.push(`<path class="line-scenario" d="${path(d.scenario!)}"/>`);
    for (let i = 0; i < d.years.length; i++) out.push(`<circle class="dot-scenario" cx="${x(d.years[i]!)}" cy="${y(d.scenario![i]!)}" r="3.5"/>`);
  }
  out.push('</svg>');
  return out.join('');
}

/** Both renderings; CSS shows the one that fits the screen. */
export const renderExplorerCharts = (d: ExplorerChartData) => renderExplorerChart(d, 'wide') + renderExplorerChart(d, 'narrow');
