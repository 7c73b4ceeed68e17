import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { vintageName } from '../../packages/engine/src/report/revisions';
import { publishedVintageIds } from '../helpers/vintages';

const published = publishedVintageIds();
const latest = published.at(-1)!;
const previous = published.at(-2)!;
const afterMay = published[published.indexOf('2026-05') + 1]!;

test('the revisions page explains the change: summary, both forecasts, waterfall and changed assumptions', async ({ page }) => {
  await page.goto(`/revisions/${latest}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`What changed in the ${vintageName(latest)} forecast`);
  await expect(page.locator('.revision-summary')).toContainText(/puts 2030 CPO revenue excluding ELS at \$[\d.]+B, (up|down) \$[\d.]+B/);

  const lines = page.locator('figure#fig-revision-lines');
  await expect(lines.locator('.chart-theme-light svg')).toBeVisible();
  await expect(lines.getByRole('img', { name: /new forecast against the previous one/ }).first()).toBeVisible();

  const waterfall = page.locator('figure#fig-revision-waterfall');
  await expect(waterfall.locator('.chart-theme-light svg')).toBeVisible();
  await waterfall.getByText('Data table').click();
  const rows = waterfall.getByRole('table').getByRole('row');
  // Header, the previous forecast, one row per changed assumption, the residual and the new forecast.
  const changed = await page.locator('tr[data-assumption]').count();
  expect(changed).toBeGreaterThan(0);
  await expect(rows).toHaveCount(1 + 1 + changed + 1 + 1);
  await expect(waterfall.getByRole('row', { name: /^Residual/ })).toBeVisible();

  const first = page.locator('tr[data-assumption]').first();
  await expect(first.getByRole('rowheader')).not.toBeEmpty();
  await expect(first.locator('td').nth(2)).toHaveText(/^([+−]\$|\$0)/);

  await page.screenshot({ path: `.build/screenshots/revisions-${latest}.png`, fullPage: true });
});

test('an archived vintage says it is not the latest and links to the latest and to what changed', async ({ page }) => {
  await page.goto('/v/2026-05/');
  await expect(page.getByRole('note').filter({ hasText: 'Reconstructed, not published at the time' })).toBeVisible();
  const banner = page.getByRole('note').filter({ hasText: 'not the latest' });
  await expect(banner).toContainText('not the latest');
  await banner.getByRole('link', { name: /what changed/ }).click();
  await expect(page).toHaveURL(new RegExp(`/revisions/${afterMay}/$`));
  await page.goBack();
  await banner.getByRole('link', { name: `${vintageName(latest)} forecast`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/v/${latest}/$`));
  await expect(page.getByRole('note').first()).toContainText('This is the latest forecast');
});

test('the revision history is reachable from every page and lists every vintage', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Report' }).getByRole('link', { name: 'Revisions' }).click();
  await expect(page).toHaveURL(/\/revisions\/$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([...published].reverse().map((id) => `${vintageName(id)} forecast`).map((n) => new RegExp(n)));
  await page.getByRole('link', { name: `What changed since ${vintageName(previous)}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(vintageName(latest));
});

for (const path of ['/revisions/', `/revisions/${latest}/`, '/v/2026-05/', '/sources/']) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
