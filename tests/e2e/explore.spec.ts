import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatValue, seriesCagr } from '@forecast-report/engine/model';
import { main } from '../../src/cli/model';
import { allPages } from './pages';

/** What `npm run model -- --vintage V --set … --json` prints, run in-process (point results do not depend on draws). */
function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = main([...args, '--draws', '100', '--json'], { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  expect(code, err).toBe(0);
  return JSON.parse(out) as {
    point: { years: number[]; series: Record<string, number[]>; crossoverYear: number | null };
    scenarios: { id: string; revenueUsd: number[]; crossoverYear: number | null }[];
  };
}

/** The headline numbers the CLI gives for the command the page shows. */
function expectedHeadline(commandLine: string) {
  const words = commandLine.trim().split(/\s+/);
  expect(words.slice(0, 4)).toEqual(['npm', 'run', 'model', '--']);
  const { point } = cli(words.slice(4));
  const revenue = point.series['total.cpoRevenueUsd']!;
  return {
    lastYear: point.years.at(-1)!,
    'cagr.2026_2030.exclEls': { value: seriesCagr(point.years, revenue, 2026, 2030), unit: 'growth' as const },
    'revenue.2030.total': { value: revenue[point.years.indexOf(2030)]!, unit: 'usd' as const },
    'crossover.year': { value: point.crossoverYear, unit: 'year' as const },
  };
}

async function shown(page: Page) {
  return page
    .locator('[data-explorer-fact]')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-explorer-fact')!, { text: el.textContent!.trim(), value: el.getAttribute('data-value')! }])),
    );
}

async function expectShownEqualsCli(page: Page) {
  const command = (await page.locator('[data-explorer-cli]').textContent())!;
  const expected = expectedHeadline(command);
  const got = await shown(page);
  expect(Object.keys(got).sort()).toEqual(
    Object.keys(expected)
      .filter((k) => k !== 'lastYear')
      .sort(),
  );
  const { lastYear: _, ...facts } = expected;
  for (const [name, e] of Object.entries(facts)) {
    expect(got[name]!.text, name).toBe(e.value === null ? `none by ${expected.lastYear}` : formatValue(e.value, e.unit));
    if (e.value === null) expect(got[name]!.value, name).toBe('null');
    // Chromium's and Node's V8 may round Math.pow/exp differently in the last bit: equal to 12 significant figures.
    else expect(Math.abs(Number(got[name]!.value) - e.value), name).toBeLessThanOrEqual(Math.abs(e.value) * 1e-12);
  }
  return command;
}

type Control = { id: string; min: number; max: number; step: number; base: number };
/** The page's own data (published assumptions' controls, vintage and years), as the browser loads it. */
async function payload(page: Page): Promise<{ vintage: string; years: number[]; controls: Control[] }> {
  return (await page.request.get('/explore/explorer.json')).json();
}
const control = (p: { controls: Control[] }, id: string) => p.controls.find((c) => c.id === id)!;
/** A value on the control's grid, as the page writes it. */
const onGrid = (c: Control, k: number) => Number((c.base + k * c.step).toFixed(6));

async function open(page: Page, query = '') {
  await page.goto(`/explore/${query}`);
  await expect(page.locator('[data-explorer][data-explorer-ready="true"]')).toBeVisible();
}

test('keyboard moves a control; the numbers shown equal the CLI for the same settings; the URL keeps them', async ({ page }) => {
  await open(page);
  const lr = control(await payload(page), 'learningRate');
  const moved = onGrid(lr, 2);
  const before = await shown(page);
  const slider = page.getByLabel('Price learning rate (per doubling of volume)');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(moved));
  await expect(page).toHaveURL(new RegExp(`/explore/\\?learningRate=${String(moved).replace('.', '\\.')}$`));
  const command = await expectShownEqualsCli(page);
  expect(command).toContain(`--set pricing.learningRate=${moved}`);
  expect((await shown(page))['revenue.2030.total']!.text).not.toBe(before['revenue.2030.total']!.text);
});

test('several controls at once, set by pointer-free fill, match the CLI, and the link reproduces the scenario', async ({ page }) => {
  await open(page);
  await page.getByLabel('Scale-up adoption midpoint (year)').fill('2029.5');
  await page.getByLabel('Scale-out adoption ceiling').fill('0.45');
  await page.getByLabel('AI accelerator shipments (× published path)').fill('1.1');
  const command = await expectShownEqualsCli(page);
  expect(command).toContain('acceleratorShipments=*1.1');
  const numbers = await shown(page);
  const href = (await page.locator('[data-explorer-link]').getAttribute('href'))!;
  expect(href).toBe('/explore/?scaleOutCeiling=0.45&scaleUpMidpoint=2029.5&acceleratorShipments=1.1');

  const other = await page.context().newPage();
  await open(other, href.replace('/explore/', ''));
  expect(await shown(other)).toEqual(numbers);
  await expect(other.getByLabel('Scale-up adoption midpoint (year)')).toHaveValue('2029.5');
});

test('a scenario where the event never happens within the horizon reads "none by" the last year, as the CLI has it', async ({ page }) => {
  await page.goto('/explore/');
  const p = await payload(page);
  const mid = control(p, 'scaleUpMidpoint');
  const cap = control(p, 'scaleUpCeiling');
  // The latest scale-up adoption with the lowest ceiling: scale-up never overtakes within the horizon.
  await open(page, `?scaleUpMidpoint=${mid.max}&scaleUpCeiling=${cap.min}`);
  const command = await expectShownEqualsCli(page);
  const { point } = cli(command.trim().split(/\s+/).slice(4));
  expect(point.crossoverYear).toBeNull();
  await expect(page.locator('[data-explorer-fact="crossover.year"]')).toHaveText(`none by ${p.years.at(-1)}`);
});

test('reset returns every control, the numbers and the URL to the published forecast', async ({ page }) => {
  await page.goto('/explore/');
  const lr = control(await payload(page), 'learningRate');
  await open(page, `?learningRate=${onGrid(lr, 4)}&scaleUpCeiling=0.4`);
  await expect(page.getByLabel('Price learning rate (per doubling of volume)')).toHaveValue(String(onGrid(lr, 4)));
  await page.getByRole('button', { name: 'Reset to the published forecast' }).click();
  await expect(page).toHaveURL(/\/explore\/$/);
  await expect(page.getByLabel('Price learning rate (per doubling of volume)')).toHaveValue(String(lr.base));
  const command = await expectShownEqualsCli(page);
  expect(command).not.toContain('--set');
  for (const el of await page.locator('.explorer-fact').all()) {
    const now = (await el.locator('[data-explorer-fact]').textContent())!.trim();
    await expect(el.locator('.explorer-base')).toHaveText(`published: ${now}`);
  }
});

test('a hand-edited URL with values out of range or unknown names opens the published forecast for those', async ({ page }) => {
  await page.goto('/explore/');
  const p = await payload(page);
  const mid = onGrid(control(p, 'scaleUpMidpoint'), -4);
  await open(page, `?learningRate=7&nonsense=1&scaleUpMidpoint=${mid}`);
  await expect(page.getByLabel('Price learning rate (per doubling of volume)')).toHaveValue(String(control(p, 'learningRate').base));
  await expect(page.getByLabel('Scale-up adoption midpoint (year)')).toHaveValue(String(mid));
  await expect(page).toHaveURL(new RegExp(`/explore/\\?scaleUpMidpoint=${String(mid).replace('.', '\\.')}$`));
  await expectShownEqualsCli(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation with a scenario drawn (${scheme}), and the page fits 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '?scaleUpMidpoint=2032.5&learningRate=0.12');
    await expect(page.locator('.explorer-chart-narrow')).toBeVisible();
    await expect(page.locator('.explorer-chart-narrow .line-scenario')).toHaveCount(1);
    await expect(page.locator('figcaption .legend', { hasText: 'Your scenario' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the controls need JavaScript and shows the named scenarios as the CLI computes them', async ({ page }) => {
    await page.goto('/explore/');
    await expect(page.getByText('The controls need JavaScript.')).toBeVisible();
    await expect(page.locator('[data-explorer-panel]')).toBeHidden();
    const { vintage } = await payload(page);
    const { scenarios, point } = cli(['--vintage', vintage]);
    expect(scenarios.map((s) => s.id)).toEqual(expect.arrayContaining(['bear', 'base', 'bull']));
    await expect(page.locator('table.explorer-scenarios tbody tr')).toHaveCount(scenarios.length);
    const i2030 = point.years.indexOf(2030);
    for (const s of scenarios) {
      const row = page.locator(`tr[data-scenario="${s.id}"]`);
      await expect(row.locator('[data-fact="revenue.2030.total"]')).toHaveText(formatValue(s.revenueUsd[i2030]!, 'usd'));
      await expect(row.locator('[data-fact="crossover.year"]')).toHaveText(
        s.crossoverYear === null ? `none by ${point.years.at(-1)}` : formatValue(s.crossoverYear, 'year'),
      );
      await expect(row.locator('[data-fact="cagr.2026_2030.exclEls"]')).toHaveText(formatValue(seriesCagr(point.years, s.revenueUsd, 2026, 2030), 'growth'));
    }
    // The published forecast's chart is in the page itself, without a scenario to show or name.
    await expect(page.locator('.explorer-chart-wide .line-base')).toHaveCount(1);
    await expect(page.locator('.explorer-chart-wide .line-scenario')).toHaveCount(0);
    await expect(page.locator('figcaption .legend', { hasText: 'Your scenario' })).toBeHidden();
  });
});

test('the explorer script loads on the explore page only', async ({ page }) => {
  const scripts = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const read = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const explorerOnly = scripts(read('/explore/')).filter((s) => !scripts(read('/')).includes(s));
  expect(explorerOnly).toHaveLength(1);
  const others = allPages().filter((p) => p !== '/explore/');
  expect(others.length).toBeGreaterThan(5);
  for (const p of others) expect(scripts(read(p)), p).not.toContain(explorerOnly[0]);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await open(page);
  expect(requested).toContain(explorerOnly[0]);
});
