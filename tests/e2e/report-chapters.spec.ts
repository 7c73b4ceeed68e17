import { expect, test } from '@playwright/test';

const CHAPTERS = [
  ['executive-summary', 'Executive summary'],
  ['why-now', 'Why now'],
  ['technology-primer', 'Technology primer'],
  ['market-forecast', 'Market forecast'],
  ['scale-up-vs-scale-out', 'Scale-up versus scale-out'],
  ['vendor-landscape', 'Vendor landscape'],
  ['methodology', 'Methodology'],
  ['data-and-downloads', 'Data and downloads'],
] as const;

for (const [slug, heading] of CHAPTERS) {
  test(`chapter "${slug}" renders its heading and its figures or tables`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    const visuals = page.locator('figure.chart .chart-frame svg, table');
    expect(await visuals.count()).toBeGreaterThan(0);
    await expect(visuals.first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('the executive summary leads with a strip of key numbers', async ({ page }) => {
  await page.goto('/executive-summary/');
  const strip = page.locator('dl.key-figures');
  await expect(strip).toBeVisible();
  // Median and range of the simulation first, the point forecast beside them, the thesis as a probability.
  await expect(strip.locator('[data-fact="revenue.2030.total.p50"]')).toHaveText(/^\$[\d.]+[MB]$/);
  await expect(strip.locator('[data-fact="revenue.2030.total.p5"]')).toHaveText(/^\$[\d.]+[MB]$/);
  await expect(strip.locator('[data-fact="revenue.2030.total"]')).toHaveText(/^\$[\d.]+[MB]$/);
  await expect(strip.locator('[data-fact="prob.crossoverBefore2030"]')).toHaveText(/^\d+%$/);
});

test('the methodology table links a sourced assumption to its source entry', async ({ page }) => {
  await page.goto('/methodology/');
  const row = page.locator('tr[data-assumption="power.energyPjPerBit.cpo.1.6T"]');
  await expect(row).toContainText('CPO at 1.6T');
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/sources\/#src-nvidia-hotchips-2025$/);
  const entry = page.locator('#src-nvidia-hotchips-2025');
  await expect(entry).toBeVisible();
  // The entry holds the passage the value comes from.
  await expect(entry.locator('[data-quote]')).toContainText('nine watts');
});

test('the vendor timeline lists every event in its data table', async ({ page }) => {
  await page.goto('/vendor-landscape/');
  const figure = page.locator('figure#fig-vendor-timeline');
  await figure.locator('summary', { hasText: 'Data table' }).click();
  await expect(figure.getByRole('table')).toBeVisible();
  await expect(figure.getByRole('row').filter({ hasText: 'OCI MSA' }).first()).toBeVisible();
});
