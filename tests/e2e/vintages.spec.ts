import { expect, test } from '@playwright/test';
import { vintageName } from '../../packages/engine/src/report/revisions';
import { LATEST, PUBLISHED } from '../helpers/vintages';

// 2026-05 and 2026-11 are published and locked for good; whichever vintage is newest is "the latest".

test('the revisions page explains the change: summary, both forecasts, waterfall and changed assumptions', async ({ page }) => {
  await page.goto('/revisions/2026-11/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed in the November 2026 forecast');
  await expect(page.locator('.revision-summary')).toContainText(/puts 2030 CPO revenue excluding ELS at \$[\d.]+B, (up|down) \$[\d.]+B/);

  const lines = page.locator('figure#fig-revision-lines');
  await expect(lines.locator('.chart-frame svg:visible')).toBeVisible();
  await expect(lines.getByRole('img', { name: /new forecast against the previous one/ }).first()).toBeVisible();

  const waterfall = page.locator('figure#fig-revision-waterfall');
  await expect(waterfall.locator('.chart-frame svg:visible')).toBeVisible();
  await waterfall.getByText('Data table').click();
  const rows = waterfall.getByRole('table').getByRole('row');
  // Header, the May forecast, one row per changed assumption, the residual and the November forecast.
  const changed = await page.locator('tr[data-assumption]').count();
  expect(changed).toBeGreaterThan(0);
  await expect(rows).toHaveCount(1 + 1 + changed + 1 + 1);
  await expect(waterfall.getByRole('row', { name: /^Residual/ })).toBeVisible();

  const ceiling = page.locator('tr[data-assumption="segments.scaleUp.adoption.cap"]');
  await expect(ceiling.getByRole('rowheader')).toContainText('Scale-up CPO ceiling');
  await expect(ceiling.locator('td').nth(2)).toHaveText(/^[+−]\$/);

  await page.screenshot({ path: '.build/screenshots/revisions-2026-11.png', fullPage: true });
});

test('an archived vintage says it is not the latest and links to the latest and to what changed', async ({ page }) => {
  await page.goto('/v/2026-05/');
  await expect(page.getByRole('note').filter({ hasText: 'Reconstructed, not published at the time' })).toBeVisible();
  const banner = page.getByRole('note').filter({ hasText: 'not the latest' });
  await expect(banner).toContainText('not the latest');
  await banner.getByRole('link', { name: /what changed/ }).click();
  await expect(page).toHaveURL(/\/revisions\/2026-11\/$/);
  await page.goBack();
  await banner.getByRole('link', { name: `${vintageName(LATEST)} forecast`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/v/${LATEST}/$`));
  await expect(page.getByRole('note').first()).toContainText('This is the latest forecast');
});

test('the revision history is reachable from every page and lists every vintage', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Report' }).getByRole('link', { name: 'Revisions' }).click();
  await expect(page).toHaveURL(/\/revisions\/$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    [...PUBLISHED]
      .reverse()
      .map((id) => `${vintageName(id)} forecast`)
      .map((t) => new RegExp(t)),
  );
  await page.getByRole('link', { name: 'What changed since May 2026' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('November 2026');
});
