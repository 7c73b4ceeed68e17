/**
 * The engine's chart readability check on this report: on every page with charts, at phone and desktop width,
 * in light and dark, no chart text under 11 CSS px, no overlapping or clipped labels, and WCAG contrast for text,
 * marks and legend symbols. The measure is the main report's, so both reports are held to one standard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { measureCharts } from '../../../../tests/e2e/chart-measure';
import { allPages } from '../../../../tests/e2e/pages';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const pagesWithCharts = allPages(dist).filter(
  (p) => p !== '/print/' && p !== '/404.html' && readFileSync(join(dist, p, 'index.html'), 'utf8').includes('<figure class="chart"'),
);

test('the built site has pages with charts', () => {
  // Two chapters, the revisions page and the data pages at least.
  expect(pagesWithCharts.length).toBeGreaterThanOrEqual(3);
});

for (const path of pagesWithCharts) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`charts on ${path} read at ${width} px (${scheme})`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`.${path}`);
        await page.evaluate(() => document.fonts.ready);
        const { charts, findings } = await page.evaluate(measureCharts);
        expect(charts).toBeGreaterThan(0);
        expect([...new Set(findings.map((f) => `${f.figure}: ${f.problem}`))]).toEqual([]);
      });
    }
  }
}
