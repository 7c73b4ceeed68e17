import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript chapters read fully: charts, numbers, references, navigation; the toggle stays hidden', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await page.locator('.sidebar-chapters a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('figure.chart .chart-frame svg').first()).toBeVisible();
  await expect(page.locator('.figure-label').first()).toHaveText(/^Figure \d+\.$/);
  await expect(page.getByRole('navigation', { name: 'Report' })).toBeVisible();
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 26)');
});
