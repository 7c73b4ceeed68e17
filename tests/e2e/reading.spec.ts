import { expect, test } from '@playwright/test';

test('the index lists the chapters and links to them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Co-Packaged Optics');
  await page.locator('.chapter-list').getByRole('link', { name: 'Executive summary', exact: true }).click();
  await expect(page).toHaveURL(/\/executive-summary\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Executive summary' })).toBeVisible();
});

test('charts are visible as SVG with their data table', async ({ page }) => {
  await page.goto('/executive-summary/');
  const chart = page.locator('figure#fig-market-by-segment');
  await expect(chart.locator('.chart-frame svg:visible').first()).toBeVisible();
  await expect(chart.getByRole('img', { name: /CPO revenue grows with scale-up/ }).first()).toBeVisible();
  await chart.getByText('Data table').click();
  await expect(chart.getByRole('table')).toBeVisible();
  await expect(chart.getByRole('row')).toHaveCount(8);
});

test('the CSV download link serves the figure data', async ({ page, request }) => {
  await page.goto('/executive-summary/');
  const href = await page.locator('figure#fig-market-by-segment a', { hasText: 'CSV' }).getAttribute('href');
  const res = await request.get(href!);
  expect(res.ok()).toBe(true);
  expect((await res.text()).startsWith('Year,Segment,Revenue (USD)')).toBe(true);
});
