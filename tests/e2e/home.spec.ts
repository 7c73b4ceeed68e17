import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import publication from '../../src/report';
import { LATEST } from '../helpers/vintages';

const facts = JSON.parse(readFileSync(`dist/data/${LATEST}/facts.json`, 'utf8')).facts as Record<string, { text: string }>;

/** Positions of the elements keyboard focus visits, in order, for the first `steps` Tab presses. */
async function tabStops(page: Page, steps: number) {
  const stops: { name: string; x: number; y: number; region: string }[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Past the last stop focus leaves the page and starts again at the top: the walk ends there.
      if (!el || el === document.body || el.dataset.tabVisited) return 'end';
      el.dataset.tabVisited = '1';
      const r = el.getBoundingClientRect();
      // The skip link, the site header and the breadcrumb all sit above the text.
      const region = el.closest('main')
        ? 'main'
        : el.closest('footer')
          ? 'footer'
          : el.closest('.sidebar')
            ? 'side'
            : el.closest('header, .breadcrumb, .skip-link')
              ? 'top'
              : 'other';
      return {
        name: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40),
        x: r.left + window.scrollX,
        y: r.top + window.scrollY,
        region,
      };
    });
    if (stop === 'end') break;
    stops.push(stop);
  }
  return stops;
}

for (const width of [375, 1280]) {
  test(`home at ${width} px: the headline sentence and the lead chart are above the fold`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 375 ? 740 : 800 });
    await page.goto('/');
    const fold = page.viewportSize()!.height;
    const sentence = page.locator('.home-headline');
    await expect(sentence).toContainText(facts['revenue.2030.total']!.text);
    await expect(sentence).toContainText(facts['cagr.2026_2030.exclEls']!.text);
    const s = (await sentence.boundingBox())!;
    expect(s.y + s.height).toBeLessThanOrEqual(fold);
    const chart = (await page.locator('.home-lead figure .chart-frame svg:visible').first().boundingBox())!;
    // The chart starts above the fold on a phone and is wholly above it on a desktop.
    expect(chart.y).toBeLessThan(fold - (width === 375 ? 200 : 0));
    if (width === 1280) expect(chart.y + chart.height).toBeLessThanOrEqual(fold);
  });
}

test('home: key figures with their base year, and publisher, authors, licence and contact from the report settings', async ({ page }) => {
  await page.goto('/');
  const figures = page.locator('.headline-figure');
  await expect(figures).toHaveCount(publication.lead.figures.length);
  await expect(figures.first()).toContainText(facts['revenue.2030.total']!.text);
  await expect(figures.first()).toContainText(`up from ${facts['revenue.2026.total']!.text} in 2026`);
  const about = page.locator('.colophon');
  await expect(about).toContainText(publication.publisher!.name);
  for (const a of publication.authors) await expect(about).toContainText(a.name);
  await expect(about.getByRole('link', { name: publication.licence.name })).toHaveAttribute('href', publication.licence.url!);
  await expect(about.getByRole('link', { name: publication.contact.email! })).toHaveAttribute('href', `mailto:${publication.contact.email}`);
});

test('home: canonical URL, og:url and the social card point at the configured site', async ({ page }) => {
  await page.goto('/');
  const site = publication.site.url!;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', site);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', site);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${site}og-image.png`);
});

for (const [path, width] of [
  ['/', 1280],
  ['/', 375],
  ['/print/', 1280],
] as const) {
  test(`${path} at ${width} px: keyboard focus follows the visual order`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    const stops = await tabStops(page, 80);
    expect(stops.length).toBeGreaterThan(10);
    // Header, then the side column where it is shown left of the text (wide home page), then the text, then the
    // footer: never back to an earlier part, and within the text never back up the page.
    const order = ['top', 'side', 'main', 'footer'];
    const regions = stops.map((s) => s.region);
    expect(regions.filter((r) => !order.includes(r))).toEqual([]);
    expect(regions.filter((r, i) => i > 0 && order.indexOf(r) < order.indexOf(regions[i - 1]!))).toEqual([]);
    expect(regions).toContain('main');
    if (regions.includes('side')) {
      const side = (await page.locator('.sidebar').boundingBox())!;
      expect(side.x + side.width).toBeLessThanOrEqual((await page.locator('main').boundingBox())!.x);
    }
    const inMain = stops.filter((s) => s.region === 'main');
    expect(inMain.slice(1).filter((s, i) => s.y < inMain[i]!.y - 2)).toEqual([]);
  });
}
