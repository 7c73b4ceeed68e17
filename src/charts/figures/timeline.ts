import type { Figure } from '../types';
import { conceptScale, ROLES, wrapExpr, type Row } from '@forecast-report/engine';
/** The vendor and standards timeline: dated events from the vintage's timeline.json, not model output. */

const KIND_LABEL = {
  product: 'Product announced',
  shipment: 'Shipping or available',
  standard: 'Standard or consortium',
  plan: 'Announced plan',
  deal: 'Investment or acquisition',
} as const;
const SEGMENT_LABEL = { scaleOut: 'Scale-out', scaleUp: 'Scale-up', both: 'Both' } as const;

/** A partial ISO date as a decimal year (2025-10 → 2025.75), so the axis needs no time zone. */
export function decimalYear(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const daysInYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000;
  return year + dayOfYear / daysInYear;
}

export const vendorTimeline: Figure = {
  id: 'fig-vendor-timeline',
  title: 'CPO switches, deployments and scale-up standards arrive in quick succession',
  subtitle: 'Dated CPO products, deployments and standards, by segment and kind of event',
  sources: ({ timeline = [] }) => [...new Set(timeline.map((e) => e.source))],
  caption: ({ timeline = [] }) => {
    const first = timeline[0];
    return first
      ? `${timeline.length} dated events from ${first.dateText ?? first.date.slice(0, 4)} to ${timeline[timeline.length - 1]!.dateText ?? timeline[timeline.length - 1]!.date.slice(0, 4)}: Broadcom has shipped three CPO switch generations; NVIDIA's photonics switches reach the market in 2026; scale-up standards formed in 2025–2026. Each event's source is in the data table.`
      : 'No dated events are recorded for this vintage.';
  },
  description: ({ timeline = [] }) =>
    `Timeline of ${timeline.length} events, one per row in date order, marking CPO products, shipments, scale-up standards, announced plans, investments and acquisitions by vendors and industry bodies. ` +
    timeline.map((e) => `${e.dateText ?? e.date}: ${e.actor}, ${e.label}.`).join(' '),
  data: ({ timeline = [] }) => {
    const rows: Row[] = timeline.map((e, i) => ({
      order: i + 1,
      date: e.date,
      when: e.dateText ?? e.date,
      year: decimalYear(e.date),
      actor: e.actor,
      event: `${e.actor}: ${e.label}`,
      title: e.title,
      kind: KIND_LABEL[e.kind],
      segment: SEGMENT_LABEL[e.segment as keyof typeof SEGMENT_LABEL],
      source: e.source,
    }));
    return {
      columns: [
        { key: 'when', label: 'Date' },
        { key: 'actor', label: 'Company or body' },
        { key: 'title', label: 'Event' },
        { key: 'kind', label: 'Type' },
        { key: 'segment', label: 'Segment' },
        { key: 'source', label: 'Source id' },
        { key: 'event', label: 'Label' },
        { key: 'year', label: 'Decimal year', unit: 'ratio' },
        { key: 'order', label: 'Order', unit: 'count' },
      ],
      rows,
    };
  },
  spec: ({ timeline = [] }) => {
    const years = timeline.map((e) => decimalYear(e.date));
    const lo = Math.floor(Math.min(...years, 2025));
    const hi = Math.ceil(Math.max(...years, 2026) + 0.01);
    return {
      width: 360,
      height: Math.max(160, timeline.length * 34),
      layer: [
        {
          mark: { type: 'point', size: 120, filled: true },
          encoding: {
            y: {
              field: 'event',
              type: 'nominal',
              sort: { field: 'order' },
              title: null,
              scale: { padding: 1.2 },
              axis: { labelExpr: wrapExpr(26), labelLineHeight: 15, grid: true, gridDash: [2, 3] },
            },
            x: {
              field: 'year',
              type: 'quantitative',
              title: null,
              scale: { domain: [lo, hi], nice: false },
              axis: { format: 'd', tickMinStep: 1, grid: true },
            },
            color: {
              field: 'segment',
              type: 'nominal',
              title: 'Segment',
              sort: ['Scale-out', 'Scale-up', 'Both'],
              scale: conceptScale(['Scale-out', 'Scale-up', 'Both']),
              legend: { direction: 'vertical', columns: 1 },
            },
            // Shape symbols in the legend take the text colour: the default black vanishes on a dark page.
            shape: {
              field: 'kind',
              type: 'nominal',
              title: 'Kind of event',
              sort: Object.values(KIND_LABEL),
              scale: { range: ['circle', 'square', 'diamond', 'triangle-up', 'cross'] },
              legend: { direction: 'vertical', columns: 1, symbolFillColor: ROLES.fg.light },
            },
            tooltip: [
              { field: 'when', title: 'Date' },
              { field: 'title', title: 'Event' },
            ],
          },
        },
      ],
    };
  },
  table: (d) => ({ columns: d.columns.slice(0, 6), rows: d.rows }),
};
