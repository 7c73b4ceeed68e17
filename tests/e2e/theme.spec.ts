import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';

const LIGHT_BG = [0xff, 0xff, 0xff];
const DARK_BG = [0x15, 0x17, 0x1a];

/** Opens the first chapter listed in the sidebar; goto waits for the page's stylesheet (a click would not). */
async function firstChapter(page: Page) {
  await page.goto('/');
  const href = await page.locator('.sidebar-chapters a').first().getAttribute('href');
  await page.goto(href!);
}

/** The colour at the top-left corner of the first chart's plot frame, from a real screenshot. */
async function chartCornerColour(page: Page): Promise<number[]> {
  const frame = page.locator('figure.chart .chart-frame').first();
  await frame.scrollIntoViewIfNeeded();
  const png = await frame.screenshot();
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  // A pixel in the chart's top margin, above the plot: only the background shows there.
  const x = 2;
  const y = 2;
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

/** The colour the first chart's axis labels are drawn in: one SVG, coloured by the page's theme. */
const chartLabelColour = (page: Page) =>
  page
    .locator('figure.chart .chart-frame svg:visible .role-axis-label text')
    .first()
    .evaluate((t) => getComputedStyle(t).fill.match(/\d+/g)!.slice(0, 3).map(Number));
const LIGHT_LABEL = [0x54, 0x54, 0x54];
const DARK_LABEL = [0xb4, 0xb4, 0xb4];

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number));

test('dark mode follows prefers-color-scheme, and the chart background follows the page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await firstChapter(page);
  expect(await pageBackground(page)).toEqual(DARK_BG);
  expect(await chartCornerColour(page)).toEqual(DARK_BG);
  await expect(page.locator('figure.chart .chart-frame svg:visible').first()).toBeVisible();
  expect(await chartLabelColour(page)).toEqual(DARK_LABEL);

  await page.emulateMedia({ colorScheme: 'light' });
  expect(await pageBackground(page)).toEqual(LIGHT_BG);
  expect(await chartCornerColour(page)).toEqual(LIGHT_BG);
  expect(await chartLabelColour(page)).toEqual(LIGHT_LABEL);
});

test('the theme toggle overrides the system setting and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await firstChapter(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await pageBackground(page)).toEqual(DARK_BG);
  expect(await chartCornerColour(page)).toEqual(DARK_BG);
  await page.reload();
  expect(await pageBackground(page)).toEqual(DARK_BG);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  // And back: a light choice wins over a dark system setting.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await pageBackground(page)).toEqual(LIGHT_BG);
  expect(await chartLabelColour(page)).toEqual(LIGHT_LABEL);
});

test('keyboard: the skip link comes first and focus is visible', async ({ page }) => {
  await firstChapter(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { inMain: !!el.closest('main'), style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) };
  });
  expect(outline.inMain).toBe(true);
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
