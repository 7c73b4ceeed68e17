import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** Browser tests of the heat-pump example, against its own built site (examples/heat-pumps/dist). */

test('the home page names the report and links both chapters', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Heat pumps in Europe/i);
  const nav = page.getByRole('navigation', { name: 'Report' });
  await expect(nav.getByRole('link', { name: 'The outlook' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'How the model works' })).toBeVisible();
});

test('the outlook chapter shows the installed base with its data table and CSV', async ({ page, request }) => {
  await page.goto('outlook/');
  await expect(page.getByRole('heading', { level: 1, name: 'The outlook' })).toBeVisible();
  const figure = page.locator('figure#fig-installed-base');
  await expect(figure.getByRole('img', { name: /Heat pumps installed/ }).first()).toBeVisible();
  await figure.getByText('Data table').click();
  // Header and one row per year, 2025–2035.
  await expect(figure.getByRole('table').getByRole('row')).toHaveCount(12);
  const csvHref = await figure.getByRole('link', { name: /CSV/ }).getAttribute('href');
  expect(csvHref).toMatch(/fig-installed-base\.csv$/);
  const csv = await (await request.get(new URL(csvHref!, page.url()).toString())).text();
  expect(csv.split('\n')[0]).toMatch(/^Year,/);
  expect(csv.trim().split('\n')).toHaveLength(12);
});

test('the fan chart shows the Monte Carlo bands and the chapter quotes a probability', async ({ page }) => {
  await page.goto('outlook/');
  const fan = page.locator('figure#fig-stock-fan');
  await expect(fan.getByRole('img', { name: /range of outcomes/ }).first()).toBeVisible();
  await fan.getByText('Data table').click();
  await expect(fan.getByRole('columnheader', { name: 'p95' })).toBeVisible();
  await expect(fan.getByRole('table').getByRole('row')).toHaveCount(12);
  await expect(page.locator('[data-fact="prob.stock2030AtLeast45M"]').first()).toHaveText(/^\d+(\.\d+)?%$/);
});

test('a chart made from a plain Vega-Lite file renders with its table', async ({ page }) => {
  await page.goto('outlook/');
  const figure = page.locator('figure#fig-gas-avoided');
  await expect(figure.locator('.chart-frame svg').filter({ visible: true })).toHaveCount(1);
  await expect(figure.locator('.chart-frame svg:visible .mark-rect path')).toHaveCount(11);
  await figure.getByText('Data table').click();
  await expect(figure.getByRole('columnheader', { name: /Gas avoided/ })).toBeVisible();
  await expect(figure.getByRole('table').getByRole('row')).toHaveCount(12);
});

test('the revisions page explains the change with a waterfall and the changed assumptions', async ({ page }) => {
  await page.goto('revisions/2025-10/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed in the October 2025 forecast');
  const waterfall = page.locator('figure#fig-revision-waterfall');
  await expect(waterfall.locator('.chart-frame svg').filter({ visible: true })).toHaveCount(1);
  const households = page.locator('tr[data-assumption="market.households"]');
  await expect(households.getByRole('rowheader')).toContainText('Households in the countries covered');
  await expect(page.locator('tr[data-assumption="diffusion.imitation"]')).toHaveCount(0);
});

test('at phone width the fan chart fits the screen, and in dark mode its one SVG takes the dark colours', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('outlook/');
  const fan = page.locator('figure#fig-stock-fan');
  // A figure may carry a wide and a phone rendering; exactly one shows, coloured by the page's theme.
  const shown = fan.locator('.chart-frame svg').filter({ visible: true });
  await expect(shown).toHaveCount(1);
  const box = await shown.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const labelFill = await shown
    .locator('.role-axis-label text')
    .first()
    .evaluate((t) => getComputedStyle(t).fill);
  const pageText = await page.evaluate(() => getComputedStyle(document.body).color);
  // Light-on-dark: the axis labels are lighter than mid-grey, as the dark theme's text is.
  const lightness = (rgb: string) =>
    rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .map(Number)
      .reduce((a, b) => a + b, 0) / 3;
  expect(lightness(labelFill)).toBeGreaterThan(128);
  expect(lightness(pageText)).toBeGreaterThan(128);
  await context.close();
});

for (const path of ['outlook/', 'method/', 'revisions/2025-10/']) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the explore page reruns the model in the browser: moving a control shows what the build computes for it', async ({ page }) => {
  const { applyOverrides, loadVintage, useReport } = await import('@forecast-report/engine');
  const { default: report } = await import('../../src/report');
  useReport(report);
  await page.goto('explore/');
  await expect(page.locator('[data-explorer-ready="true"]')).toBeVisible();
  const slider = page.getByLabel('Imitation coefficient (Bass q)');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\?imitation=0\.09$/);
  const vintage = loadVintage(new URL('../../data/vintages/2025-10', import.meta.url).pathname);
  const applied = applyOverrides(vintage.assumptions, { 'diffusion.imitation': 0.09 }, { file: 'test' });
  expect(applied.problems).toEqual([]);
  const inputs = report.toInputs(applied.doc);
  const facts = report.facts(report.run(inputs), inputs);
  for (const name of ['stock.2035', 'stock.2030', 'target.gap']) {
    await expect(page.locator(`[data-explorer-fact="${name}"]`)).toHaveText(facts.get(name).text);
  }
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the data package, citations and feed are published for the example too', async ({ request }) => {
  const pkg = await (await request.get('data/2025-10/datapackage.json')).json();
  expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(expect.arrayContaining(['series.csv', 'assumptions.json']));
  expect((await (await request.get('data/2025-10/series.csv')).text()).split('\r\n')[0]).toBe('vintage,series,segment,year,value,unit');
  expect(await (await request.get('v/2025-10/citation.bib')).text()).toMatch(/^@techreport\{/);
  expect(await (await request.get('v/2025-10/citation.ris')).text()).toMatch(/^TY {2}- RPRT/);
  expect(await (await request.get('feed.xml')).text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});
