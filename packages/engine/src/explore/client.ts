/**
 * The explore page's script: reads the page's data, wires the range controls to the report's model
 * (bundled from the same modules the build runs), and keeps the settings in the address bar.
 */
import {
  explore,
  explorerModel,
  factText,
  formatSetting,
  formatValue,
  readSettings,
  registerUnits,
  renderExplorerCharts,
  setArguments,
  writeSettings,
} from './browser-model';
import type { Settings } from './state';
import type { ExplorerPayload } from './page-data';

const URL_DELAY_MS = 150;

async function start(root: HTMLElement): Promise<void> {
  const response = await fetch(root.dataset.src!);
  if (!response.ok) throw new Error(`explorer data: HTTP ${response.status}`);
  const data = (await response.json()) as ExplorerPayload;
  registerUnits(data.units);
  const panel = root.querySelector<HTMLElement>('[data-explorer-panel]')!;
  const frame = root.querySelector<HTMLElement>('.explorer-chart-frame')!;
  const link = root.querySelector<HTMLAnchorElement>('[data-explorer-link]')!;
  const cli = root.querySelector<HTMLElement>('[data-explorer-cli]');
  const { view } = data;
  const { chart } = view;
  const last = data.years.length - 1;
  const fmt = (v: number) => formatValue(v, chart.unit);
  const input = (id: string) => panel.querySelector<HTMLInputElement>(`input[name="${id}"]`)!;
  let settings: Settings = readSettings(location.search, data.controls);
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const result = explore(explorerModel, view, data.doc, data.controls, settings);
    for (const f of result.headline) {
      const el = root.querySelector<HTMLElement>(`[data-explorer-fact="${f.name}"]`);
      if (!el) continue;
      el.textContent = factText(f, data.years[last]!);
      el.dataset.value = String(f.value);
    }
    for (const c of data.controls) {
      const value = settings[c.id] ?? c.base;
      input(c.id).value = String(value);
      root.querySelector(`[data-output="${c.id}"]`)!.textContent = formatSetting(c, value);
    }
    frame.innerHTML = renderExplorerCharts({
      years: data.years,
      band: data.band ?? { p5: data.base, p25: data.base, p75: data.base, p95: data.base },
      base: data.base,
      scenario: result.series,
      format: fmt,
      title: `${chart.title}: your scenario against the published forecast`,
      description: `${chart.title}, ${data.years[0]} to ${data.years[last]}: your scenario reaches ${fmt(result.series[last]!)} in ${data.years[last]}, the published forecast ${fmt(data.base[last]!)}.`,
    });
    const query = writeSettings(settings, data.controls);
    // The address bar follows once the reader pauses: browsers throttle history updates, and a drag fires dozens.
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`), URL_DELAY_MS);
    link.href = `${location.pathname}${query}`;
    const args = cli ? setArguments(data.controls, settings) : [];
    if (cli) cli.textContent = `${data.command} --vintage ${data.vintage}${args.map((a) => ` --set ${a}`).join('')}`;
  };

  panel.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const control = data.controls.find((c) => c.id === target.name);
    if (!control) return;
    const value = Number(target.value);
    settings = { ...settings, [control.id]: value };
    if (value === control.base) delete settings[control.id];
    update();
  });
  panel.querySelector('[data-explorer-reset]')!.addEventListener('click', () => {
    settings = {};
    update();
  });
  panel.hidden = false;
  // What only means something once the reader can move the controls: the scenario's legend, the published values.
  for (const el of root.querySelectorAll<HTMLElement>('[data-explorer-live]')) el.hidden = false;
  root.parentElement?.querySelector<HTMLElement>('[data-explorer-nojs]')?.setAttribute('hidden', '');
  update();
  root.dataset.explorerReady = 'true';
}

const root = document.querySelector<HTMLElement>('[data-explorer]');
if (root) start(root).catch((e: unknown) => console.error(e));
