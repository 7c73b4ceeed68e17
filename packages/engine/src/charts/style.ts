/**
 * The house chart style's colours: one fixed colour per concept for the whole report, declared once by
 * the report (`chartColours` in defineReport), and the roles every report shares: text, muted text, grid,
 * context grey, and the roles of the engine's own figures (old and new forecast, rises and falls, the
 * two ends of a tested range).
 *
 * Charts are drawn once, in the light colours; every light colour then becomes
 * `var(--chart-<name>, <light>)` in the page's SVG, and one stylesheet (themeCss) gives each variable
 * its dark value under the dark theme. So one SVG serves both themes, and an SVG read outside the page
 * (an export, a feed reader) falls back to the light colours.
 */
import { currentReport } from '../report/current';

export interface ThemeColour {
  light: string;
  dark: string;
}

export interface Concept extends ThemeColour {
  /** What the reader sees in labels and data; a series is coloured by the concept whose label it carries. */
  label: string;
}

/** The neutral roles of every chart. Light values meet WCAG 4.5:1 on white; dark ones on #15171a. */
export const ROLES = {
  fg: { light: '#1a1a1a', dark: '#ececec' },
  muted: { light: '#545454', dark: '#b4b4b4' },
  grid: { light: '#dcdcdc', dark: '#3a3f45' },
  /** Context series: history, other segments, everything the finding is not about. */
  context: { light: '#767676', dark: '#9b9b9b' },
  /** Revision figures: the previous and the current forecast. */
  previous: { light: '#6b6b6b', dark: '#a3a3a3' },
  current: { light: '#0c5d9c', dark: '#6ab7f0' },
  /** Waterfall steps that raise or lower the result. */
  increase: { light: '#17753a', dark: '#5fd08a' },
  decrease: { light: '#b3261e', dark: '#ff8a80' },
  /** Tornado bars: an assumption at the low and the high end of its range. */
  low: { light: '#9c4a00', dark: '#f0a55c' },
  high: { light: '#1b64a0', dark: '#70b6ef' },
} as const satisfies Record<string, ThemeColour>;

/** Checks a report's concepts: every light colour distinct (from each other and the roles), so the SVG can be re-themed. */
export function checkConcepts(declared: Readonly<Record<string, Concept>>): void {
  const seen = new Map<string, string>();
  for (const [name, c] of [...Object.entries(ROLES), ...Object.entries(declared)] as [string, ThemeColour][]) {
    const clash = seen.get(c.light);
    if (clash) throw new Error(`chart colours "${clash}" and "${name}" share the light colour ${c.light}; each concept needs its own`);
    seen.set(c.light, name);
  }
}

/** For a report's own module: declares its concepts with their names typed, checked as defineReport checks them. */
export function defineConcepts<K extends string>(declared: Record<K, Concept>): Record<K, Concept> {
  checkConcepts(declared);
  return declared;
}

/** The concepts of the report being built. */
export function registeredConcepts(): Readonly<Record<string, Concept>> {
  return currentReport().chartColours;
}

function conceptByLabel(label: string): Concept {
  const concepts = registeredConcepts();
  const c = Object.values(concepts).find((x) => x.label === label);
  if (!c)
    throw new Error(
      `no chart colour for "${label}"; declare a concept with this label (known: ${Object.values(concepts)
        .map((x) => x.label)
        .join(', ')})`,
    );
  return c;
}

/**
 * A Vega-Lite colour scale for series named by concept labels (or mapped to concepts explicitly), in
 * the given order: the same concept has the same colour in every chart.
 */
export function conceptScale(series: readonly (string | { label: string; concept: string })[]): { domain: string[]; range: string[] } {
  const entries = series.map((s) =>
    typeof s === 'string' ? { label: s, colour: conceptByLabel(s).light } : { label: s.label, colour: conceptOf(s.concept).light },
  );
  return { domain: entries.map((e) => e.label), range: entries.map((e) => e.colour) };
}

/** A concept by name or label; the neutral roles (context, fg, muted) count as concepts too. */
export function conceptOf(name: string): ThemeColour {
  const concepts = registeredConcepts();
  const c = concepts[name] ?? Object.values(concepts).find((x) => x.label === name) ?? (ROLES as Record<string, ThemeColour>)[name];
  if (!c) throw new Error(`unknown chart concept "${name}" (known: ${[...Object.keys(concepts), ...Object.keys(ROLES)].join(', ')})`);
  return c;
}

/** CSS custom-property name of each light colour. */
function variables(): Map<string, { name: string; dark: string }> {
  const out = new Map<string, { name: string; dark: string }>();
  for (const [name, c] of Object.entries(ROLES)) out.set(c.light, { name: `--chart-${name}`, dark: c.dark });
  for (const [name, c] of Object.entries(registeredConcepts())) out.set(c.light, { name: `--chart-${name.replace(/[^a-zA-Z0-9-]/g, '-')}`, dark: c.dark });
  return out;
}

/** Light colours in fill and stroke attributes become theme variables (with the light colour as fallback). */
export function themeableSvg(svg: string): string {
  const vars = variables();
  return svg.replace(/\s(fill|stroke)="(#[0-9a-fA-F]{6})"/g, (m, attr: string, hex: string) => {
    const v = vars.get(hex.toLowerCase());
    return v ? ` ${attr}="var(${v.name}, ${hex.toLowerCase()})"` : m;
  });
}

/**
 * The stylesheet of the chart variables: each is light-dark(light, dark), so the page's `color-scheme` (system,
 * toggle, or light in print) picks the side, as it does for the page's own colours (styles/global.css).
 */
export function themeCss(): string {
  const vars = [...variables().entries()];
  return `:root{${vars.map(([hex, v]) => `${v.name}:light-dark(${hex},${v.dark})`).join(';')}}\n`;
}
