import { expect, test } from '@playwright/test';

test('the market forecast chapter shows the fan chart of total revenue with its data', async ({ page }) => {
  await page.goto('/market-forecast/');
  const fan = page.locator('figure#fig-fan-total-revenue');
  await expect(fan.getByRole('img', { name: /range of (CPO revenue )?outcomes/ }).first()).toBeVisible();
  await fan.getByText('Data table').click();
  await expect(fan.getByRole('row')).toHaveCount(8);
});

test('the risks chapter shows a segment fan chart, the tornado and the scenario table', async ({ page }) => {
  await page.goto('/risks-and-scenarios/');
  await expect(page.getByRole('heading', { level: 1, name: 'Risks and scenarios' })).toBeVisible();

  const fan = page.locator('figure#fig-fan-scale-up');
  await expect(fan.getByRole('img', { name: /range of (CPO revenue )?outcomes/ }).first()).toBeVisible();

  const tornado = page.locator('figure#fig-tornado-revenue');
  await expect(tornado.locator('.chart-frame svg:visible')).toBeVisible();
  await tornado.getByText('Data table').click();
  await expect(tornado.getByRole('columnheader', { name: 'Tested range (p5 – p95)' })).toBeVisible();

  const scenarios = page.locator('figure#fig-scenarios');
  await scenarios.getByText('Data table').click();
  for (const name of ['Bear', 'Base', 'Bull']) await expect(scenarios.getByRole('rowheader', { name })).toBeVisible();

  await expect(page.locator('[data-fact="prob.crossoverBefore2030"]').first()).toHaveText(/^\d+(\.\d+)?%$/);
});
