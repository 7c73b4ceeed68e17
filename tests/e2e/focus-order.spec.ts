import { expect, test, type Page } from '@playwright/test';

/** The page regions keyboard focus visits, in the order it visits them (repeats collapsed). */
async function focusRegions(page: Page): Promise<string[]> {
  const regions: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const region = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'end';
      const r = el.closest('.site-header, .breadcrumb, .toc, main, .sidebar, .site-footer');
      return r ? (r.classList[0] ?? r.tagName.toLowerCase()) : el.classList.contains('skip-link') ? 'skip-link' : 'other';
    });
    if (region === 'end' || (regions.length > 2 && region === regions[0])) break;
    if (regions[regions.length - 1] !== region) regions.push(region);
  }
  return regions;
}

/** Left edge and top of a region, as laid out. */
const place = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => ({ left: el.getBoundingClientRect().left, top: el.getBoundingClientRect().top }));

// Stacked on phones (contents, text, chapter list from top to bottom); three columns on a wide screen.
const CASES = [
  { width: 375, axis: 'top' },
  { width: 1280, axis: 'left' },
] as const;

for (const { width, axis } of CASES) {
  test(`keyboard focus follows the visual order of a chapter page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/market-forecast/');
    const regions = await focusRegions(page);
    expect(regions.filter((r) => r !== 'other')).toEqual(['skip-link', 'site-header', 'breadcrumb', 'toc', 'main', 'sidebar', 'site-footer']);
    // And each region is where the eye reaches it in that order: above, or left on the same band.
    const toc = await place(page, '.toc');
    const main = await place(page, 'main');
    const sidebar = await place(page, '.sidebar');
    expect(toc[axis]).toBeLessThan(main[axis]);
    expect(main[axis]).toBeLessThan(sidebar[axis]);
  });
}
