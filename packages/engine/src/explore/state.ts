import { snap, stepDecimals, type Control } from './controls';

/** Control id → chosen value. Values equal to the base are left out of URLs. */
export type Settings = Record<string, number>;

/**
 * Reads settings from a URL query. Unknown names, non-numbers and values outside a control's range are
 * ignored (the control keeps its base value), so a hand-edited or stale link still opens a valid scenario.
 */
export function readSettings(search: string, controls: readonly Control[]): Settings {
  const params = new URLSearchParams(search);
  const out: Settings = {};
  for (const c of controls) {
    const text = params.get(c.id);
    if (text === null || text.trim() === '') continue;
    const n = Number(text);
    if (!Number.isFinite(n) || n < c.min - c.step / 2 || n > c.max + c.step / 2) continue;
    const v = Math.min(c.max, Math.max(c.min, snap(n, c)));
    if (v !== c.base) out[c.id] = v;
  }
  return out;
}

/** The query string for settings ("" for the base case), in control order so equal scenarios share one URL. */
export function writeSettings(settings: Settings, controls: readonly Control[]): string {
  const params = new URLSearchParams();
  for (const c of controls) {
    const v = settings[c.id];
    if (v === undefined || v === c.base) continue;
    params.set(c.id, String(Number(v.toFixed(stepDecimals(c.step)))));
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}
